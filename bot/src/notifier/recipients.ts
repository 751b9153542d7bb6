import type {
  CrmRecord,
  DomainEvent,
  DomainEventType,
  NotificationPreferences,
} from '@channel-crm/domain/server';

/** The events a follower hears about (tasks join once they exist). */
export const NOTIFYING_EVENTS: ReadonlySet<DomainEventType> = new Set<DomainEventType>([
  'opportunity.stage_changed',
  'opportunity.won',
  'opportunity.lost',
  'opportunity.owner_changed',
  'lead.assigned',
  'lead.split',
  'lead.routed',
  'note.added',
  'record.subscriber_added',
  'record.duplicate_detected',
]);

const internalPeople = (record: CrmRecord): string[] => {
  if (record.type !== 'lead' && record.type !== 'opportunity') return [];
  return [
    ...record.subscriberIds,
    ...(record.ownerId ? [record.ownerId] : []),
    ...record.coOwnerIds,
  ];
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * An assignment rule's placement is news to the owner it chose and to whom the rule names, not
 * to followers; no one pressed anything, so the actor (a key's creator) is not left out.
 */
const routedPeople = (event: DomainEvent) => [
  ...(typeof event.data.to === 'string' ? [event.data.to] : []),
  ...strings(event.data.notify),
];

/**
 * Who gets a card for an event: the record's subscribers and owners (internal users only —
 * contacts are never among them), never the actor, only those who may see the record and have
 * not muted it.
 */
export async function recipientsOf(
  event: DomainEvent,
  record: CrmRecord,
  maySee: (userId: string) => Promise<boolean>,
  preferences: (userId: string) => Promise<NotificationPreferences>,
): Promise<{ userId: string; mode: NotificationPreferences['mode'] }[]> {
  if (!NOTIFYING_EVENTS.has(event.type)) return [];
  const candidates =
    event.type === 'lead.routed'
      ? [...new Set(routedPeople(event))]
      : [...new Set(internalPeople(record))].filter((id) => id !== event.actorId);
  const result: { userId: string; mode: NotificationPreferences['mode'] }[] = [];
  for (const userId of candidates) {
    if (!(await maySee(userId))) continue;
    const prefs = await preferences(userId);
    if (prefs.mutedRecordIds.includes(record.id)) continue;
    result.push({ userId, mode: prefs.mode });
  }
  return result;
}
