import { personName, type Lead, type Opportunity } from '@channel-crm/domain';
import { api, withQuery } from '../../shell/api-client';
import type { Page } from '../../shell/me';

export type RecordHit = { kind: 'lead' | 'opportunity'; id: string; name: string; path: string };

/** Leads and opportunities whose name, company or e-mail match, for the command palette. */
export async function searchRecords(
  spaceId: string | undefined,
  text: string,
  signal?: AbortSignal,
): Promise<RecordHit[]> {
  const query = { spaceId, text, limit: 5 };
  const [leads, deals] = await Promise.all([
    api.get<Page<Lead>>(withQuery('/leads', query), signal),
    api.get<Page<Opportunity>>(withQuery('/opportunities', query), signal),
  ]);
  return [
    ...deals.items.map((o) => ({
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
