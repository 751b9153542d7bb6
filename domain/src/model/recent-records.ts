import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { RecordType } from './timeline';

/** The most records a user's recently viewed list keeps. */
export const MAX_RECENT_RECORDS = 20;

/** A record page the user opened: `POST /me/recent`. */
export const RecordViewInput = z.object({ type: RecordType, id: Id });
export type RecordViewInput = z.infer<typeof RecordViewInput>;

export const RecentRecord = RecordViewInput.extend({ viewedAt: IsoDateTime });
export type RecentRecord = z.infer<typeof RecentRecord>;

/** A user's recently viewed records, newest first, each once. */
export const RecentRecords = z.object({
  items: z.array(RecentRecord).max(MAX_RECENT_RECORDS),
});
export type RecentRecords = z.infer<typeof RecentRecords>;
