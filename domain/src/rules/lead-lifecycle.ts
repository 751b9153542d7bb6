import type { Lead, OpenLeadStatus, UpdateLeadInput } from '../model/lead';
import { ok, ruleBroken, type Result } from '../result';

/**
 * A lead's life: new → working → qualified (by qualify) or disqualified (with a reason); a
 * disqualified lead may be reopened. Archiving hides a lead from the working lists and
 * freezes it until it is unarchived. A qualified lead is history — its data lives on in the
 * records it became — and an anonymized one holds nothing left to edit. Asking for what is
 * already so (archive an archived lead) answers the lead itself: nothing to write.
 */

const refuseFrozen = (lead: Lead, action: string) => {
  if (lead.anonymizedAt) {
    return ruleBroken('lead_anonymized', `This lead was anonymized; it cannot ${action}`);
  }
  if (lead.archived) {
    return ruleBroken('lead_archived', `This lead is archived; unarchive it to ${action}`);
  }
  return undefined;
};

/** Applies a user's edit: field changes and a move between the open statuses. */
export function editLead(lead: Lead, patch: UpdateLeadInput): Result<Lead> {
  const frozen = refuseFrozen(lead, 'be edited');
  if (frozen) return frozen;
  if (lead.status === 'qualified') {
    return ruleBroken(
      'lead_qualified',
      'This lead was qualified; edit the contact, account or opportunity it became',
    );
  }
  const { status, ...fields } = patch;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const next: Lead = { ...lead, ...defined };
  if (next.ownerId !== lead.ownerId) {
    // A new owner has not accepted the lead yet: their card offers Claim again.
    delete next.claimedBy;
    delete next.claimedAt;
  }
  return status ? setOpenStatus(next, status) : ok(next);
}

/** new ↔ working; a disqualified lead set back to an open status is reopened. */
export function setOpenStatus(lead: Lead, status: OpenLeadStatus): Result<Lead> {
  if (lead.status === 'qualified') {
    return ruleBroken('lead_qualified', 'A qualified lead cannot go back to an open status');
  }
  if (lead.status === status) return ok(lead);
  return ok({ ...lead, status, disqualifyReason: undefined });
}

export function markDisqualified(lead: Lead, reason: string): Result<Lead> {
  const frozen = refuseFrozen(lead, 'be disqualified');
  if (frozen) return frozen;
  const why = reason.trim();
  if (!why) {
    return ruleBroken('reason_required', 'Say why the lead is disqualified');
  }
  if (lead.status === 'qualified') {
    return ruleBroken('lead_qualified', 'This lead was already qualified');
  }
  if (lead.status === 'disqualified') {
    return ruleBroken('lead_disqualified', 'This lead is already disqualified');
  }
  return ok({ ...lead, status: 'disqualified', disqualifyReason: why });
}

export function markArchived(lead: Lead): Result<Lead> {
  if (lead.anonymizedAt) return ruleBroken('lead_anonymized', 'This lead was anonymized');
  return ok(lead.archived ? lead : { ...lead, archived: true });
}

export function markUnarchived(lead: Lead): Result<Lead> {
  if (lead.anonymizedAt) return ruleBroken('lead_anonymized', 'This lead was anonymized');
  return ok(lead.archived ? { ...lead, archived: false } : lead);
}

/** Qualify starts from an open lead that is not archived. */
export function checkQualifiable(lead: Lead): Result<Lead> {
  const frozen = refuseFrozen(lead, 'be qualified');
  if (frozen) return frozen;
  if (lead.status === 'qualified') {
    return ruleBroken('lead_qualified', 'This lead was already qualified');
  }
  if (lead.status === 'disqualified') {
    return ruleBroken('lead_disqualified', 'This lead was disqualified; reopen it to qualify it');
  }
  return ok(lead);
}

/**
 * Claiming accepts a lead: one of the free pool becomes the claimer's, one already theirs (an
 * assignment) is marked accepted. A lead someone else owns or claimed is refused.
 */
export function claimedBy(lead: Lead, userId: string, at: string): Result<Lead> {
  const frozen = refuseFrozen(lead, 'be claimed');
  if (frozen) return frozen;
  const holder = lead.claimedBy ?? lead.ownerId;
  if (holder !== undefined && holder !== userId) {
    return ruleBroken('lead_already_claimed', 'Someone else claimed this lead first');
  }
  if (lead.status === 'qualified') {
    return ruleBroken('lead_qualified', 'This lead was qualified; there is nothing to claim');
  }
  return ok({ ...lead, ownerId: userId, claimedBy: userId, claimedAt: at });
}
