import type { RecordType, TimelineEntry } from '@channel-crm/domain';
import { api, withQuery } from '../../../shell/api-client';
import type { Page } from '../../../shell/me';

const COLLECTION: Record<RecordType, string> = {
  lead: 'leads',
  opportunity: 'opportunities',
  account: 'accounts',
  contact: 'contacts',
};

export const recordPath = (type: RecordType, id: string) => `/${COLLECTION[type]}/${id}`;

export const recordKey = (type: RecordType, id: string) => [type, id] as const;
export const timelineKey = (type: RecordType, id: string) => [type, id, 'timeline'] as const;

export const fetchTimeline = (type: RecordType, id: string, signal?: AbortSignal) =>
  api.get<Page<TimelineEntry>>(
    withQuery(`${recordPath(type, id)}/timeline`, { limit: 50 }),
    signal,
  );

export const addNote = (type: RecordType, id: string, text: string) =>
  api.post<TimelineEntry>(`${recordPath(type, id)}/notes`, { body: { text } });

/** Following is the signed-in user adding/removing themself as a subscriber. */
export const follow = <T>(type: RecordType, id: string, version: number) =>
  api.post<T>(`${recordPath(type, id)}/follow`, { version });

export const unfollow = <T>(type: RecordType, id: string, version: number) =>
  api.del<T>(`${recordPath(type, id)}/follow`, { version });
