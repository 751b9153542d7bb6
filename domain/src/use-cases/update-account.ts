import { AccountFields, UpdateAccountInput, type Account } from '../model/account';
import { diffFields } from '../rules/changes';
import { canSetPrivate, guardEdit } from '../rules/permissions';
import { forbidden, notFound, ok, ruleBroken, type Result } from '../result';
import { commitRecord } from './commit-record';
import { flaggedWithKeys, KEYED_FIELDS, tellHiddenOwners } from './find-duplicates';
import { holderOf } from '../rules/record-duplicate-keys';
import type { UseCaseContext } from './context';
import { recordAt } from './merged-record';
import { refuseAttachment } from './space-attachment';

export { UpdateAccountInput };

const EDITABLE = Object.keys(AccountFields.shape) as (keyof Account & string)[];

/**
 * Edits an account, its spaces and its global flag. Only the creator may make it private or
 * public again; a partner user cannot hand it to another partner.
 */
export async function updateAccount(
  ctx: UseCaseContext,
  id: string,
  input: UpdateAccountInput,
  expectedVersion: number,
): Promise<Result<Account>> {
  const { actor } = ctx;
  const account = await recordAt(ctx.store.accounts, actor.tenantId, id);
  if (!account) return notFound('account', id);
  const denied = guardEdit(actor, account);
  if (denied) return denied;
  if (account.anonymizedAt) return ruleBroken('account_anonymized', 'This account was anonymized');
  if (
    input.private !== undefined &&
    input.private !== account.private &&
    !canSetPrivate(actor, account)
  ) {
    return forbidden(
      'Only the person who created this account may change whether it is private',
      'account_privacy_creator_only',
    );
  }
  if (actor.role === 'partner' && input.partnerId && input.partnerId !== account.partnerId) {
    return forbidden(
      'A partner user cannot hand an account to another partner',
      'partner_cannot_reassign',
    );
  }
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const next: Account = { ...account, ...defined };
  const refused = refuseAttachment(actor, next, account.spaceIds);
  if (refused) return refused;
  const changes = diffFields(account, next, EDITABLE);
  if (changes.length === 0) return ok(account);
  if (!changes.some((c) => KEYED_FIELDS.has(c.field))) {
    return commitRecord(ctx, next, expectedVersion, [{ type: 'account.updated', changes }]);
  }
  const keyed = await flaggedWithKeys(ctx, next);
  const written = await commitRecord(
    ctx,
    keyed.record,
    expectedVersion,
    [{ type: 'account.updated', changes }],
    {
      duplicateKeys: { holder: holderOf(keyed.record), keys: keyed.keys },
    },
  );
  if (written.ok) await tellHiddenOwners(ctx, keyed.found, written.value);
  return written;
}
