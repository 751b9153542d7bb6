import { personName } from '@channel-crm/domain';
import { listLeads, listOpportunities } from '@channel-crm/domain/contracts';
import { call } from '../../shell/api-client';

export type RecordHit = { kind: 'lead' | 'opportunity'; id: string; name: string; path: string };

/** Leads and opportunities whose name, company or e-mail match, for the command palette. */
export async function searchRecords(
  spaceId: string | undefined,
  text: string,
  signal?: AbortSignal,
): Promise<RecordHit[]> {
  const query = { spaceId, text, limit: 5 };
  const [leads, opportunities] = await Promise.all([
    call(listLeads, { query, signal }),
    call(listOpportunities, { query, signal }),
  ]);
  return [
    ...opportunities.items.map((o) => ({
      kind: 'opportunity' as const,
      id: o.id,
      name: o.name,
      path: `/opportunities/${o.id}`,
    })),
    ...leads.items.map((l) => ({
      kind: 'lead' as const,
      id: l.id,
      name: personName(l),
      path: `/leads/${l.id}`,
    })),
  ];
}
