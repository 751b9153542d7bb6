import { z } from 'zod';
import { DocumentMeta, Id, IsoDateTime, UserId } from './common';
import { MeetingTag } from './meeting-tag';

export const RecordType = z.enum(['lead', 'opportunity', 'account', 'contact']);
export type RecordType = z.infer<typeof RecordType>;

export const FieldChange = z.object({
  field: z.string(),
  old: z.unknown(),
  new: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/**
 * One entry on a record's timeline: a note a user wrote, or an event the dispatcher wrote
 * (id = event id, so a retried dispatch writes nothing twice). Field changes are the history.
 */
export const TimelineEntry = DocumentMeta.extend({
  type: z.literal('timeline'),
  recordType: RecordType,
  recordId: Id,
  kind: z.enum(['note', 'event']),
  at: IsoDateTime,
  actorId: UserId,
  /** Event type for kind 'event' (e.g. 'opportunity.stage_changed'). */
  eventType: z.string().optional(),
  text: z.string().max(10000).optional(),
  /** A note written in a Teams meeting's side panel: the meeting it was written in. */
  meeting: MeetingTag.optional(),
  changes: z.array(FieldChange).default([]),
  deletedAt: IsoDateTime.optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const NoteInput = z.object({
  text: z.string().trim().min(1).max(10000),
  /** Set by the meeting side panel; an edit keeps the meeting the note was written in. */
  meeting: MeetingTag.optional(),
});
export type NoteInput = z.infer<typeof NoteInput>;

export const ListTimelineInput = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuation: z.string().max(2000).optional(),
});
export type ListTimelineInput = z.infer<typeof ListTimelineInput>;
