import type { ImportJob } from '../model/import-job';
import type { CrmStore } from '../store/ports';
import type { ImportedRow } from './imported-rows';
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
  rows: ImportedRow[],
): Promise<ImportedRow[]> {
  if (job.recordType !== 'lead' || rows.length === 0) return rows;
  const routing = await loadSpaceRouting(store, job.tenantId, job.spaceId);
  if (!hasActiveRules(routing)) return rows;
  const leads = rows.flatMap(({ record }) => (record.type === 'lead' ? [record] : []));
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
  return rows.map((row) => ({ ...row, record: byId.get(row.record.id) ?? row.record }));
}
