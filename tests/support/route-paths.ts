import type { Route } from '@channel-crm/api/routes';
import type { StoredDocument } from '@channel-crm/domain/server';

/** Known ids of one tenant by the path segment that names their collection. */
export type IdsBySegment = Record<string, string>;

const SEGMENT_TYPES: Record<string, string> = {
  spaces: 'space',
  pipelines: 'pipeline',
  leads: 'lead',
  accounts: 'account',
  contacts: 'contact',
  opportunities: 'opportunity',
  users: 'user',
  notes: 'timeline',
};

export function idsOf(documents: StoredDocument[]): IdsBySegment {
  const ids: IdsBySegment = {};
  for (const [segment, type] of Object.entries(SEGMENT_TYPES)) {
    const doc = documents.find(
      (d) => d.type === type && !('archived' in d && d.archived) && !('locked' in d && d.locked),
    );
    if (doc) ids[segment] = doc.id;
  }
  return ids;
}

/** The route's path with each `{param}` filled from `ids` (by the segment before it) or `fill`. */
export function concretePath(
  route: Route,
  ids: IdsBySegment,
  fill: (name: string) => string = () => crypto.randomUUID(),
): string {
  const segments = route.path.split('/');
  return segments
    .map((segment, i) => {
      const param = segment.match(/^\{(\w+)\}$/)?.[1];
      if (!param) return segment;
      return encodeURIComponent(ids[segments[i - 1] ?? ''] ?? fill(param));
    })
    .join('/');
}
