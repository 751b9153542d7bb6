import type { InboundLeadInput, InboundLeadReceipt } from '../model/inbound';
import { uuidV5 } from '../rules/deterministic-id';
import { notFound, ok, type Result } from '../result';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from '../store/conflict-retry';
import type { UseCaseContext } from './context';
import { createLead } from './create-lead';
import { updateLead } from './update-lead';

/**
 * The lead an externalId names in a space. Its id is derived from `inbound:<spaceId>:<externalId>`,
 * so the lead document itself is the key: creating it twice fails the second create (409), and
 * concurrent sends of one externalId leave one lead.
 */
export const inboundLeadId = (spaceId: string, externalId: string) =>
  uuidV5(`inbound:${spaceId}:${externalId}`);

/**
 * A lead from a marketing tool: new ones get source `inbound_api` and go where the space's
 * assignment rules send them (else the free pool); a known externalId updates its lead,
 * writing nothing when nothing changed.
 */
export async function receiveInboundLead(
  ctx: UseCaseContext,
  spaceId: string,
  input: InboundLeadInput,
): Promise<Result<InboundLeadReceipt>> {
  const { externalId, ...fields } = input;
  const leadId = inboundLeadId(spaceId, externalId);
  const known = await ctx.store.leads.get(ctx.actor.tenantId, leadId);
  if (!known) {
    const created = await createLead(
      ctx,
      { ...fields, tags: fields.tags ?? [], spaceId, source: 'inbound_api' },
      { id: leadId, unassigned: true, route: true },
    );
    if (created.ok) return ok({ leadId, created: true });
    if (created.error.kind !== 'duplicate') return created;
  }
  let version = known?.version;
  for (let attempt = 1; ; attempt += 1) {
    version ??= (await ctx.store.leads.get(ctx.actor.tenantId, leadId))?.version;
    if (version === undefined) return notFound('lead', leadId);
    const updated = await updateLead(ctx, leadId, fields, version);
    if (updated.ok) return ok({ leadId, created: false });
    // Concurrent sends of one externalId each win in turn: the sender meant every one.
    if (updated.error.kind !== 'stale' || attempt >= MAX_CONFLICT_ATTEMPTS) return updated;
    version = updated.error.currentVersion;
    await pauseAfterConflict(attempt);
  }
}
