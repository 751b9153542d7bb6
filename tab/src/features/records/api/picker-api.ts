import type { Account, Contact } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** What a picker shows and hands back: the record's id and its display name. */
export type PickedRecord = { id: string; label: string };

const PICKER_PAGE = 20;

export const accountOption = (a: Account): PickedRecord => ({ id: a.id, label: a.name });

export const contactOption = (c: Contact): PickedRecord => ({
  id: c.id,
  label: [c.firstName, c.lastName].filter(Boolean).join(' '),
});

export const searchAccounts = async (spaceId: string, text: string, signal?: AbortSignal) =>
  (
    await call(contracts.listAccounts, {
      query: { spaceId, text: text || undefined, limit: PICKER_PAGE },
      signal,
    })
  ).items.map(accountOption);

export const searchContacts = async (
  spaceId: string,
  text: string,
  accountId?: string,
  signal?: AbortSignal,
) =>
  (
    await call(contracts.listContacts, {
      query: { spaceId, text: text || undefined, accountId, limit: PICKER_PAGE },
      signal,
    })
  ).items.map(contactOption);

/** An account named as typed, shared with the space it was created from. */
export const createAccountNamed = async (spaceId: string, name: string) =>
  accountOption(
    await call(contracts.createAccount, {
      body: { name, spaceIds: [spaceId] },
      idempotencyKey: crypto.randomUUID(),
    }),
  );

/** A contact from a typed full name: the last word is the last name. */
export const createContactNamed = async (spaceId: string, fullName: string, accountId?: string) => {
  const words = fullName.trim().split(/\s+/);
  const lastName = words.pop() ?? fullName;
  return contactOption(
    await call(contracts.createContact, {
      body: {
        lastName,
        firstName: words.length ? words.join(' ') : undefined,
        accountId,
        spaceIds: [spaceId],
      },
      idempotencyKey: crypto.randomUUID(),
    }),
  );
};
