import { MergeContactInput, type Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';
import { derivedId } from '../rules/deterministic-id';
import { union } from '../rules/merge-choices';
import { planContactMerge } from '../rules/merge-contacts';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { mergeRecords, rewriteLinking } from './merge-records';

export { MergeContactInput };

/** A lead or deal naming `to` where it named `from`, as its contact or a participant. */
function withContactReplaced<T extends Lead | Opportunity>(record: T, from: string, to: string): T {
  const contactId = record.contactId === from ? to : record.contactId;
  const participantIds = union(
    record.participantIds.map((id) => (id === from ? to : id)),
    [],
  ).filter((id) => id !== contactId);
  return { ...record, contactId, participantIds };
}

/** Leads and deals naming the merged contact (contact or participant) name the survivor. */
async function moveContactLinks(
  ctx: UseCaseContext,
  mergedId: string,
  survivor: Contact,
): Promise<Result<unknown>> {
  const commitId = derivedId(`${mergedId}/${survivor.id}`, 'merge-links');
  const replace = <T extends Lead | Opportunity>(record: T) =>
    withContactReplaced(record, mergedId, survivor.id);
  const query = { contactId: mergedId };
  const leads = await rewriteLinking(ctx, ctx.store.leads, query, replace, commitId);
  if (!leads.ok) return leads;
  const opportunities = await rewriteLinking(
    ctx,
    ctx.store.opportunities,
    query,
    replace,
    commitId,
  );
  return opportunities.ok ? ok(undefined) : opportunities;
}

/**
 * Merges one contact into another (see mergeRecords): the survivor keeps the values chosen
 * (its account among them) and both contacts' tags and spaces, a `contact.merged` event carries
 * the field changes, and the merged contact becomes a tombstone redirecting to the survivor;
 * its timeline and activities move, and leads and deals that named it name the survivor.
 */
export const mergeContacts = (
  ctx: UseCaseContext,
  survivorId: string,
  input: MergeContactInput,
  expectedVersion?: number,
): Promise<Result<Contact>> =>
  mergeRecords(
    ctx,
    {
      type: 'contact',
      repository: ctx.store.contacts,
      event: 'contact.merged',
      plan: (survivor, merged) => planContactMerge(survivor, merged, input.values),
      moveLinks: moveContactLinks,
    },
    survivorId,
    input.mergedId,
    expectedVersion,
  );
