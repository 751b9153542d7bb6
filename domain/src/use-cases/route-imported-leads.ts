import type { ImportJob } from '../model/import-job';
import type { BatchWrite, CrmStore } from '../store/ports';
import { drawTickets } from './round-robin-tickets';
import { decideRoutes, hasActiveRules, loadSpaceRouting, routedLead } from './lead-routing';

/**
 * Routes the leads of an import chunk before they are written: each team's tickets for the
 * whole chunk are one increment, reserved under the chunk's key, so a chunk run again takes
 * the same tickets and writes the same owners. A lead no rule matches stays the importer's.
 * Imported leads carry no events, so routing them sends no cards (a 100,000-row import would
 * send as many).
 */
export async function routeImportedLeads(
  store: CrmStore,
  job: ImportJob,
  rows: BatchWrite[][],
): Promise<BatchWrite[][]> {
  if (job.recordType !== 'lead' || rows.length === 0) return rows;
  const routing = await loadSpaceRouting(store, job.tenantId, job.spaceId);
  if (!hasActiveRules(routing)) return rows;
  const leads = rows.flatMap((writes) =>
    writes.flatMap((write) => (write.doc.type === 'lead' ? [write.doc] : [])),
  );
  const reservation = `import:${job.id}:${job.chunk}`;
  const decisions = await decideRoutes(store, routing, leads, (teamId, count) =>
    drawTickets(
      store,
      { tenantId: job.tenantId, spaceId: job.spaceId, teamId },
      count,
      reservation,
    ),
  );
  const byId = new Map(leads.map((lead, index) => [lead.id, routedLead(lead, decisions[index]!)]));
  return rows.map((writes) =>
    writes.map((write) => ({ ...write, doc: byId.get(write.doc.id) ?? write.doc })),
  );
}
