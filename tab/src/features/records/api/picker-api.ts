import { personName, type Account, type Contact } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** What a picker shows and hands back: the record's id and its display name. */
export type PickedRecord = { id: string; label: string };

/** A picker offers the first 20 matches, in alphabetical order. */
const BY_NAME = { sort: 'name', direction: 'asc', limit: 20 } as const;

export const accountOption = (a: Account): PickedRecord => ({ id: a.id, label: a.name });

export const contactOption = (c: Contact): PickedRecord => ({ id: c.id, label: personName(c) });

/** Accounts of `spaceId` and the global ones; of all my spaces when no space is given. */
export const searchAccounts = async (
  spaceId: string | undefined,
  text: string,
  signal?: AbortSignal,
) =>
  (
    await call(contracts.listAccounts, {
      query: { spaceId, text: text || undefined, ...BY_NAME },
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
      query: { spaceId, text: text || undefined, accountId, ...BY_NAME },
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
