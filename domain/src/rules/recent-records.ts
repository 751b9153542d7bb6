import { MAX_RECENT_RECORDS, type RecentRecord } from '../model/recent-records';

const sameRecord = (a: Pick<RecentRecord, 'type' | 'id'>, b: Pick<RecentRecord, 'type' | 'id'>) =>
  a.type === b.type && a.id === b.id;

/** The list after a view: the record first, its earlier view dropped, the oldest past the limit too. */
export const withViewed = (items: RecentRecord[], viewed: RecentRecord): RecentRecord[] => [
  viewed,
  ...items.filter((item) => !sameRecord(item, viewed)).slice(0, MAX_RECENT_RECORDS - 1),
];

/** Whether a view changes nothing of the list's order: the record is already its newest. */
export const isNewestViewed = (items: RecentRecord[], viewed: Pick<RecentRecord, 'type' | 'id'>) =>
  items[0] !== undefined && sameRecord(items[0], viewed);
