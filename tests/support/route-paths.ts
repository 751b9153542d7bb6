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
  activities: 'activity',
};

/** A record routes can still work on: not archived, locked, or a lead already converted. */
const isOpen = (doc: StoredDocument) =>
  !('archived' in doc && doc.archived) &&
  !('locked' in doc && doc.locked) &&
  !(
    'status' in doc &&
    doc.type === 'lead' &&
    ['qualified', 'disqualified'].includes(String(doc.status))
  );

export function idsOf(documents: StoredDocument[]): IdsBySegment {
  const ids: IdsBySegment = {};
  for (const [segment, type] of Object.entries(SEGMENT_TYPES)) {
    const doc = documents.find((d) => d.type === type && isOpen(d));
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
