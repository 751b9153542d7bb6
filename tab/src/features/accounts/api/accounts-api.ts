import type {
  Account,
  Contact,
  CreateAccountInput,
  Opportunity,
  UpdateAccountInput,
} from '@channel-crm/domain';
import { api, withQuery } from '../../../shell/api-client';
import type { Page } from '../../../shell/me';

export const listAccounts = (
  spaceId: string,
  text: string,
  continuation?: string,
  signal?: AbortSignal,
) =>
  api.get<Page<Account>>(
    withQuery('/accounts', { spaceId, text: text || undefined, continuation, limit: 100 }),
    signal,
  );

export const getAccount = (id: string, signal?: AbortSignal) =>
  api.get<Account>(`/accounts/${id}`, signal);

export const createAccount = (input: CreateAccountInput, idempotencyKey: string) =>
  api.post<Account>('/accounts', { body: input, idempotencyKey });

export const updateAccount = (id: string, input: UpdateAccountInput, version: number) =>
  api.patch<Account>(`/accounts/${id}`, { body: input, version });

// The list routes have no account filter yet; `accountId` is sent for when they do, and the
// answer is narrowed here meanwhile (first page only).
export const accountContacts = async (id: string, signal?: AbortSignal): Promise<Contact[]> =>
  (
    await api.get<Page<Contact>>(withQuery('/contacts', { accountId: id, limit: 100 }), signal)
  ).items.filter((c) => c.accountId === id);

export const accountOpportunities = async (
  id: string,
  signal?: AbortSignal,
): Promise<Opportunity[]> =>
  (
    await api.get<Page<Opportunity>>(
      withQuery('/opportunities', { accountId: id, limit: 100 }),
      signal,
    )
  ).items.filter((o) => o.accountIds.includes(id));
