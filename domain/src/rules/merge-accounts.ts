import type { FieldChange } from '../model/timeline';
import type { Account, AccountMergeChoices } from '../model/account';
import { ok, ruleBroken, type Result } from '../result';
import { diffFields } from './changes';
import { union, withChosenValues } from './merge-choices';

/** The fields a merge lets the user choose, one value per field, from either account. */
export const MERGEABLE_ACCOUNT_FIELDS = [
  'name',
  'kind',
  'email',
  'phone',
  'website',
  'address',
  'industry',
  'registrationNumber',
  'vatNumber',
  'keyAccount',
  'managerId',
] as const;

/** What a tombstone no longer holds: how to reach or identify the company (or person). */
const ACCOUNT_DETAILS = [
  'email',
  'phone',
  'website',
  'address',
  'registrationNumber',
  'vatNumber',
] as const;

export type AccountMerge = {
  /** The survivor with the chosen values and both accounts' tags and spaces. */
  survivor: Account;
  /** What the merged account becomes: a tombstone pointing at the survivor, without its details. */
  tombstone: Account;
  changes: FieldChange[];
};

/**
 * Merges `merged` into `survivor`: each chosen field takes the merged account's value (a blank
 * of the survivor takes it unless the survivor's is chosen); tags and spaces of both are kept,
 * and the survivor is global when either was. Whether it is private stays the survivor's.
 * Neither may be anonymized or merged already.
 */
export function planAccountMerge(
  survivor: Account,
  merged: Account,
  choices: AccountMergeChoices,
): Result<AccountMerge> {
  if (survivor.id === merged.id) {
    return ruleBroken('merge_same_record', 'An account cannot be merged into itself');
  }
  for (const account of [survivor, merged]) {
    if (account.anonymizedAt) {
      return ruleBroken('account_anonymized', 'This account was anonymized');
    }
    if (account.mergedInto) {
      return ruleBroken('merge_same_record', 'This account was merged already');
    }
  }
  const joined: Account = {
    ...survivor,
    tags: union(survivor.tags, merged.tags).slice(0, 20),
    spaceIds: union(survivor.spaceIds, merged.spaceIds).slice(0, 50),
    global: survivor.global || merged.global,
  };
  const next = withChosenValues(joined, merged, MERGEABLE_ACCOUNT_FIELDS, choices);
  const changes = diffFields(survivor, next, [
    ...MERGEABLE_ACCOUNT_FIELDS,
    'tags',
    'spaceIds',
    'global',
  ]);
  const tombstone: Account = { ...merged, mergedInto: survivor.id };
  for (const field of ACCOUNT_DETAILS) delete (tombstone as Partial<Account>)[field];
  return ok({ survivor: next, tombstone: { ...tombstone, name: 'merged' }, changes });
}
