import type { Container } from '@azure/cosmos';
import { backfillGuarded, backfillPage } from './guarded-backfill';
import {
  LEAD_COUNTERS_FORMAT,
  leadCounterDeltas,
  type LeadCounterFields,
} from './lead-counter-delta';
import { counterOperations } from './lead-counters';
import type { RecordAddress } from './ports';
import { uncountedLeadsQuery } from './query-catalog';

/**
 * Leads of every tenant not counted in the counters' current format, in id order after
 * `afterId`: at most `limit` of them (the backfill's page).
 */
export const uncountedLeads = (container: Container, afterId: string | undefined, limit: number) =>
  backfillPage(container, uncountedLeadsQuery(afterId ?? '', limit, LEAD_COUNTERS_FORMAT), limit);

/**
 * Counts one lead: its contribution added to its space's counters and the counters' format
 * stamped on it, in one guarded batch, so the lead is counted once however often this runs (a
 * lead its own write stamped meanwhile is left alone). Answers whether it wrote.
 */
export function countLead(container: Container, lead: RecordAddress, now: string) {
  return backfillGuarded(container, lead, 'Counting lead', async (document) => {
    if (document.type !== 'lead' || document.countersFormat === LEAD_COUNTERS_FORMAT) return;
    const counted = { ...document, countersFormat: LEAD_COUNTERS_FORMAT };
    const deltas = leadCounterDeltas(undefined, counted as unknown as LeadCounterFields);
    return {
      fields: { countersFormat: LEAD_COUNTERS_FORMAT },
      alongside: await counterOperations(
        container,
        lead.tenantId,
        deltas,
        `counters:${lead.id}`,
        now,
      ),
    };
  });
}
