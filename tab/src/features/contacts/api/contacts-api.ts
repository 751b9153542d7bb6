import type { Contact, CreateContactInput, UpdateContactInput } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const listContacts = (
  spaceId: string,
  text: string,
  continuation?: string,
  signal?: AbortSignal,
) =>
  call(contracts.listContacts, {
    query: { spaceId, text: text || undefined, continuation, limit: 100 },
    signal,
  });

export const getContact = (id: string, signal?: AbortSignal) =>
  call(contracts.getContact, { params: { id }, signal });

export const createContact = (input: CreateContactInput, idempotencyKey: string) =>
  call(contracts.createContact, { body: input, idempotencyKey });

export const updateContact = (id: string, input: UpdateContactInput, version: number) =>
  call(contracts.updateContact, { params: { id }, body: input, version });

/** Erases the person's data everywhere, for good; statistics stay. */
export const anonymizeContact = (contact: Contact) =>
  call(contracts.anonymizeContact, { params: { id: contact.id }, version: contact.version });
