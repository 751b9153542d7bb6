import { CreateContactInput, type Contact } from '../model/contact';
import { creationMeta } from '../rules/changes';
import type { Result } from '../result';
import { refuseHiddenAccount } from './contact-account';
import type { UseCaseContext } from './context';
import { createUnderPolicy, policySpaceOf } from './duplicate-policy';
import { refuseAttachment } from './space-attachment';

export { CreateContactInput };

/**
 * Creates a contact owned by its creator, global or attached to spaces, maybe of an account,
 * under the duplicate policy of its first space (`createUnderPolicy`).
 */
export async function createContact(
  ctx: UseCaseContext,
  input: CreateContactInput,
): Promise<Result<Contact>> {
  const { actor } = ctx;
  const refused =
    refuseAttachment(actor, input) ?? (await refuseHiddenAccount(ctx, input.accountId));
  if (refused) return refused;
  const contact: Contact = {
    ...creationMeta(ctx, ctx.ids.uuid()),
    ...input,
    type: 'contact',
    ownerId: actor.userId,
    partnerId: actor.role === 'partner' ? actor.partnerId : input.partnerId,
    spaceIds: [...new Set(input.spaceIds)],
    searchText: '',
  };
  return createUnderPolicy(ctx, contact, await policySpaceOf(ctx, contact.spaceIds));
}
