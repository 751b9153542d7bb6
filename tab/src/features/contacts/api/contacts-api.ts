import type { Contact, CreateContactInput, UpdateContactInput } from '@channel-crm/domain';
import { api, withQuery } from '../../../shell/api-client';
import type { Page } from '../../../shell/me';

export const listContacts = (
  spaceId: string,
  text: string,
  continuation?: string,
  signal?: AbortSignal,
) =>
  api.get<Page<Contact>>(
    withQuery('/contacts', { spaceId, text: text || undefined, continuation, limit: 100 }),
    signal,
  );

export const getContact = (id: string, signal?: AbortSignal) =>
  api.get<Contact>(`/contacts/${id}`, signal);

export const createContact = (input: CreateContactInput, idempotencyKey: string) =>
  api.post<Contact>('/contacts', { body: input, idempotencyKey });

export const updateContact = (id: string, input: UpdateContactInput, version: number) =>
  api.patch<Contact>(`/contacts/${id}`, { body: input, version });
