import { LEAD_PERSONAL_FIELDS, type Lead } from '../model/lead';
import { eraseLeadFields, eraseText, erasureOf, type Erasure } from '../rules/anonymize';
import { ok, type Result } from '../result';
import { eraseContact } from './anonymize-contact';
import type { UseCaseContext } from './context';
import { eraseRecord } from './erase-record';
import { editableLead } from './lead-access';

/** The deal qualify made from the lead may carry the person's name in its own name. */
async function eraseFromOpportunity(ctx: UseCaseContext, lead: Lead, erasure: Erasure) {
  const id = lead.qualifiedInto?.opportunityId;
  const opportunity = id ? await ctx.store.opportunities.get(ctx.actor.tenantId, id) : undefined;
  if (!opportunity || opportunity.leadId !== lead.id) return ok(undefined);
  const name = eraseText(opportunity.name, erasure);
  const description = opportunity.description && eraseText(opportunity.description, erasure);
  if (name === opportunity.name && description === opportunity.description) return ok(undefined);
  return eraseRecord(
    ctx,
    { ...opportunity, name, description },
    opportunity.version,
    erasure,
    'opportunity.updated',
  );
}

/**
 * Erases a lead's personal data everywhere it was copied: its fields, field history, timeline
 * and pending events, and the contact (and deal name) qualify made from it — the same person.
 * Statistics stay. The lead is written last, so a rerun after an interruption still knows
 * what to erase.
 */
export async function anonymizeLead(
  ctx: UseCaseContext,
  id: string,
  expectedVersion?: number,
): Promise<Result<Lead>> {
  const found = await editableLead(ctx, id);
  if (!found.ok) return found;
  const lead = found.value;
  if (lead.anonymizedAt) return ok(lead);
  const erasure = erasureOf(lead, LEAD_PERSONAL_FIELDS);

  const contactId = lead.qualifiedInto?.contactId;
  const contact = contactId && (await ctx.store.contacts.get(ctx.actor.tenantId, contactId));
  if (contact && contact.leadId === lead.id) {
    const erased = await eraseContact(ctx, contact, contact.version, erasure.values);
    if (!erased.ok) return erased;
  }
  const opportunity = await eraseFromOpportunity(ctx, lead, erasure);
  if (!opportunity.ok) return opportunity;

  const erased = eraseLeadFields(lead, ctx.clock.now());
  if (!erased.ok) return erased;
  return eraseRecord(
    ctx,
    erased.value,
    expectedVersion ?? lead.version,
    erasure,
    'lead.anonymized',
  );
}
