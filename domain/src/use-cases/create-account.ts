import { CreateAccountInput, type Account } from '../model/account';
import { creationMeta } from '../rules/changes';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { createUnderPolicy, policySpaceOf } from './duplicate-policy';
import { refuseAttachment } from './space-attachment';

export { CreateAccountInput };

/**
 * Creates an account owned by its creator — global or attached to spaces, private if the
 * creator says so (then only they see it). A partner user's accounts carry their partner. It
 * follows the duplicate policy of its first space (`createUnderPolicy`).
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
  return createUnderPolicy(ctx, account, await policySpaceOf(ctx, account.spaceIds));
}
