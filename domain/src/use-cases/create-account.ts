import { CreateAccountInput, type Account } from '../model/account';
import { creationMeta, domainEvent } from '../rules/changes';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { flaggedWithKeys, tellHiddenOwners } from './find-duplicates';
import { holderOf } from '../rules/record-duplicate-keys';
import { refuseAttachment } from './space-attachment';

export { CreateAccountInput };

/**
 * Creates an account owned by its creator — global or attached to spaces, private if the
 * creator says so (then only they see it). A partner user's accounts carry their partner.
 */
export async function createAccount(
  ctx: UseCaseContext,
  input: CreateAccountInput,
): Promise<Result<Account>> {
  const { actor } = ctx;
  const refused = refuseAttachment(actor, input);
  if (refused) return refused;
  const account: Account = {
    ...creationMeta(ctx, ctx.ids.uuid()),
    ...input,
    type: 'account',
    ownerId: actor.userId,
    partnerId: actor.role === 'partner' ? actor.partnerId : input.partnerId,
    spaceIds: [...new Set(input.spaceIds)],
    searchText: '',
  };
  const keyed = await flaggedWithKeys(ctx, account);
  const created = await ctx.store.accounts.commit(
    keyed.record,
    [domainEvent(ctx, keyed.record, 'account.created')],
    {
      expectedVersion: 0,
      commitId: ctx.commitId,
      duplicateKeys: { holder: holderOf(keyed.record), keys: keyed.keys },
    },
  );
  if (created.ok) await tellHiddenOwners(ctx, keyed.found, created.value);
  return created;
}
