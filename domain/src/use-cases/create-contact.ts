import { CreateContactInput, type Contact } from '../model/contact';
import { creationMeta, domainEvent } from '../rules/changes';
import type { Result } from '../result';
import { refuseHiddenAccount } from './contact-account';
import type { UseCaseContext } from './context';
import { flaggedWithKeys, tellHiddenOwners } from './find-duplicates';
import { holderOf } from '../rules/record-duplicate-keys';
import { refuseAttachment } from './space-attachment';

export { CreateContactInput };

/** Creates a contact owned by its creator, global or attached to spaces, maybe of an account. */
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
  const keyed = await flaggedWithKeys(ctx, contact);
  const created = await ctx.store.contacts.commit(
    keyed.record,
    [domainEvent(ctx, keyed.record, 'contact.created')],
    {
      expectedVersion: 0,
      commitId: ctx.commitId,
      duplicateKeys: { holder: holderOf(keyed.record), keys: keyed.keys },
    },
  );
  if (created.ok) await tellHiddenOwners(ctx, keyed.found, created.value);
  return created;
}
