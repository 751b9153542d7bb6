import { describe, expect, it } from 'vitest';
import {
  linkAccount,
  MAX_LINKED_ACCOUNTS,
  setPrimaryAccount,
  unlinkAccount,
} from './primary-account';

const none = { accountIds: [] as string[] };

const linked = (...ids: string[]) => {
  let record: { accountIds: string[]; primaryAccountId?: string } = none;
  for (const id of ids) {
    const next = linkAccount(record, id);
    if (!next.ok) throw new Error(next.error.message);
    record = next.value;
  }
  return record;
};

describe('primary account', () => {
  it('makes the first linked account primary and keeps it when more are linked', () => {
    expect(linked('a')).toEqual({ accountIds: ['a'], primaryAccountId: 'a' });
    expect(linked('a', 'b', 'c')).toEqual({ accountIds: ['a', 'b', 'c'], primaryAccountId: 'a' });
  });

  it('links an already linked account only once', () => {
    const record = linked('a', 'b');
    expect(linkAccount(record, 'b')).toEqual({ ok: true, value: record });
  });

  it('moves the star to another linked account', () => {
    const starred = setPrimaryAccount(linked('a', 'b'), 'b');
    expect(starred.ok && starred.value.primaryAccountId).toBe('b');
  });

  it('refuses starring an account that is not linked', () => {
    expect(setPrimaryAccount(linked('a'), 'z')).toMatchObject({
      ok: false,
      error: { rule: 'account_not_linked' },
    });
  });

  it('promotes the earliest linked remaining account when the primary is unlinked', () => {
    const starred = setPrimaryAccount(linked('a', 'b', 'c'), 'b');
    if (!starred.ok) throw new Error('expected ok');
    const unlinked = unlinkAccount(starred.value, 'b');
    expect(unlinked.ok && unlinked.value).toEqual({
      accountIds: ['a', 'c'],
      primaryAccountId: 'a',
    });
    const last = unlinkAccount(linked('a'), 'a');
    expect(last.ok && last.value).toEqual({ accountIds: [], primaryAccountId: undefined });
  });

  it('keeps the primary when another account is unlinked', () => {
    const unlinked = unlinkAccount(linked('a', 'b'), 'b');
    expect(unlinked.ok && unlinked.value).toEqual({ accountIds: ['a'], primaryAccountId: 'a' });
  });

  it('refuses more than the maximum of linked accounts', () => {
    const full = linked(...Array.from({ length: MAX_LINKED_ACCOUNTS }, (_, i) => `acc-${i}`));
    expect(linkAccount(full, 'one-more')).toMatchObject({
      ok: false,
      error: { rule: 'too_many_accounts' },
    });
  });
});
