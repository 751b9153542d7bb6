import { ok, ruleBroken, type Result } from '../result';

/** The accounts of a deal, in the order they were linked. */
export type AccountLinks = { accountIds: string[]; primaryAccountId?: string };

export const MAX_LINKED_ACCOUNTS = 20;

/**
 * Links an account; the first one linked becomes primary. Linking an account that is already
 * linked changes nothing and answers the record itself.
 */
export function linkAccount<T extends AccountLinks>(record: T, accountId: string): Result<T> {
  if (record.accountIds.includes(accountId)) return ok(record);
  if (record.accountIds.length >= MAX_LINKED_ACCOUNTS) {
    return ruleBroken(
      'too_many_accounts',
      `A deal links at most ${MAX_LINKED_ACCOUNTS} accounts; unlink one first`,
      { max: MAX_LINKED_ACCOUNTS },
    );
  }
  return ok({
    ...record,
    accountIds: [...record.accountIds, accountId],
    primaryAccountId: record.primaryAccountId ?? accountId,
  });
}

/** The user's star: makes a linked account the primary one. */
export function setPrimaryAccount<T extends AccountLinks>(record: T, accountId: string): Result<T> {
  if (!record.accountIds.includes(accountId)) {
    return ruleBroken('account_not_linked', 'Link the account before making it primary');
  }
  if (record.primaryAccountId === accountId) return ok(record);
  return ok({ ...record, primaryAccountId: accountId });
}

/**
 * Unlinks an account. Unlinking the primary promotes the next linked account (the earliest
 * linked of those left). Unlinking an account that is not linked changes nothing.
 */
export function unlinkAccount<T extends AccountLinks>(record: T, accountId: string): Result<T> {
  if (!record.accountIds.includes(accountId)) return ok(record);
  const accountIds = record.accountIds.filter((id) => id !== accountId);
  const primaryAccountId =
    record.primaryAccountId === accountId ? accountIds[0] : record.primaryAccountId;
  return ok({ ...record, accountIds, primaryAccountId });
}
