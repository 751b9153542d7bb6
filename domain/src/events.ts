import type { ActivityRecordType } from './model/activity';
import type { FieldChange } from './model/timeline';

export type DomainEventType =
  | 'lead.created'
  | 'lead.updated'
  | 'lead.assigned'
  | 'lead.status_changed'
  | 'lead.qualified'
  | 'lead.disqualified'
  | 'lead.archived'
  | 'lead.unarchived'
  | 'lead.anonymized'
  | 'lead.merged'
  | 'lead.split'
  /** An assignment rule placed the lead (data: ruleId, to, teamId, notify). */
  | 'lead.routed'
  | 'opportunity.created'
  | 'opportunity.updated'
  | 'opportunity.owner_changed'
  | 'opportunity.stage_changed'
  | 'opportunity.won'
  | 'opportunity.lost'
  | 'opportunity.unlocked'
  | 'opportunity.moved_space'
  | 'account.created'
  | 'account.updated'
  | 'account.anonymized'
  | 'account.merged'
  | 'contact.created'
  | 'contact.updated'
  | 'contact.anonymized'
  | 'contact.merged'
  | 'record.subscriber_added'
  | 'record.subscriber_removed'
  | 'record.participant_added'
  | 'record.participant_removed'
  | 'record.duplicate_detected'
  | 'note.added'
  | 'note.edited'
  | 'note.deleted'
  | 'activity.created'
  | 'activity.updated'
  | 'activity.assigned'
  | 'activity.rescheduled'
  | 'activity.completed'
  | 'activity.reopened'
  | 'activity.deleted';

/**
 * What a state change caused. The timeline and the bot consume these; they travel in the
 * record's own `outbox` so they are written atomically with the change.
 */
export type DomainEvent = {
  /** Random UUID; the timeline entry and every notification dedupe on it. */
  id: string;
  type: DomainEventType;
  tenantId: string;
  /** A space only for a task related to a space itself (whose events the store keeps nowhere). */
  recordType: ActivityRecordType;
  recordId: string;
  spaceId?: string;
  actorId: string;
  at: string;
  /** The record's version after the change. */
  version: number;
  changes: FieldChange[];
  /** Event-specific details (stage ids, reason, subscriber id, note id …). */
  data: Record<string, unknown>;
};
