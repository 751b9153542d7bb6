import type {
  DeadLetter,
  DeadLetterPort,
  PreferencePort,
  ActivityRecordType,
} from '@channel-crm/domain/server';
import type { SlotLog } from './slot-log';

/** Where the bot can reach a user (personal chat) or a channel, from an install or a message. */
export type ConversationRef = {
  tenantId: string;
  serviceUrl: string;
  conversationId: string;
  botId: string;
  userId?: string;
  channelId?: string;
  updatedAt: string;
};

/** A change held for a digest user until their digest hour. */
export type HeldChange = {
  tenantId: string;
  userId: string;
  eventId: string;
  /** A task of a space is held under the space (its line opens nothing). */
  recordType: ActivityRecordType;
  recordId: string;
  recordTitle: string;
  headline: string;
  at: string;
};

/** A reminder planned for one activity at one instant (the minute it is sent in). */
export type PlannedReminder = {
  tenantId: string;
  activityId: string;
  /** `due` at its due time (09:00 local for an all-day task), `overdue` the next working day. */
  kind: 'due' | 'overdue';
  /** The activity's dueAt when planned: a snooze or reschedule makes the entry stale. */
  dueAt: string;
  assigneeId: string;
  /** When to send it, to the minute (ISO 8601, UTC). */
  at: string;
};

export type ClaimResult = 'claimed' | 'busy' | 'sent';

export type SlotWrite = { id: string; log: SlotLog; etag?: string };
export type StoredSlots = { log: SlotLog; etag?: string };

/**
 * The notifier's own small documents, each with a deterministic id: conversation references,
 * sent markers (dedupe per event and recipient), preferences, dead letters and the shared
 * rate-limit logs every sender instance reserves slots in.
 */
export type NotifierState = {
  conversations: {
    forUser(tenantId: string, userId: string): Promise<ConversationRef | undefined>;
    forChannel(tenantId: string, channelId: string): Promise<ConversationRef | undefined>;
    put(ref: ConversationRef): Promise<void>;
    removeUser(tenantId: string, userId: string): Promise<void>;
    removeChannel(tenantId: string, channelId: string): Promise<void>;
  };
  /** One document per (event, recipient): claimed by the instance sending it, then sent. */
  sent: {
    /** `claimed` for this caller until `untilMs`; `busy` while another instance holds it. */
    claim(tenantId: string, key: string, nowMs: number, untilMs: number): Promise<ClaimResult>;
    release(tenantId: string, key: string): Promise<void>;
    mark(tenantId: string, key: string, at: string): Promise<void>;
  };
  preferences: PreferencePort;
  digests: {
    /** Holding the same (event, user) twice keeps one. */
    hold(change: HeldChange): Promise<void>;
    /** Every held change of every tenant, oldest first. */
    held(): Promise<HeldChange[]>;
    drop(changes: HeldChange[]): Promise<void>;
    /** The user's local date (`YYYY-MM-DD`) of the last digest sent. */
    lastDay(tenantId: string, userId: string): Promise<string | undefined>;
    setLastDay(tenantId: string, userId: string, day: string): Promise<void>;
  };
  /** Reminders keyed by the minute they are due in, so a timer reads only the minutes it missed. */
  reminders: {
    plan(reminders: PlannedReminder[]): Promise<void>;
    /** The reminders planned in [from, to], both instants to the minute. */
    between(from: string, to: string): Promise<PlannedReminder[]>;
    drop(reminders: PlannedReminder[]): Promise<void>;
    /** The last minute the reminder timer read up to. */
    lastRun(): Promise<string | undefined>;
    setLastRun(at: string): Promise<void>;
  };
  deadLetters: DeadLetterPort & { put(tenantId: string, letter: DeadLetter): Promise<void> };
  slots: {
    load(tenantId: string, id: string): Promise<StoredSlots>;
    /**
     * Writes all or nothing and answers the new etags by id; undefined when another instance
     * wrote first (etag mismatch).
     */
    commit(tenantId: string, writes: SlotWrite[]): Promise<Record<string, string> | undefined>;
  };
};
