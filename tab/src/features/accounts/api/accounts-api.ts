import type { CreateAccountInput, UpdateAccountInput } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const listAccounts = (
  spaceId: string,
  text: string,
  continuation?: string,
  signal?: AbortSignal,
) =>
  call(contracts.listAccounts, {
    query: { spaceId, text: text || undefined, continuation, limit: 100 },
    signal,
  });

export const getAccount = (id: string, signal?: AbortSignal) =>
  call(contracts.getAccount, { params: { id }, signal });

export const createAccount = (input: CreateAccountInput, idempotencyKey: string) =>
  call(contracts.createAccount, { body: input, idempotencyKey });

export const updateAccount = (id: string, input: UpdateAccountInput, version: number) =>
  call(contracts.updateAccount, { params: { id }, body: input, version });

/** The account page's people and deals, filtered by the server (up to 100 of each). */
export const accountContacts = async (id: string, signal?: AbortSignal) =>
  (await call(contracts.listContacts, { query: { accountId: id, limit: 100 }, signal })).items;

export const accountOpportunities = async (id: string, signal?: AbortSignal) =>
  (await call(contracts.listOpportunities, { query: { accountId: id, limit: 100 }, signal })).items;
