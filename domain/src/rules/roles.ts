import { ok, ruleBroken, type Result } from '../result';

/**
 * The three roles on a lead or an opportunity: the contact (primary external person, their
 * e-mail the default recipient), other participants (further contacts) and subscribers
 * (internal users who follow the record). Every change here is idempotent: asking for what is
 * already so answers the record itself, which tells the use case there is nothing to write.
 */
export type RoleHolder = { contactId?: string; participantIds: string[]; subscriberIds: string[] };

export const MAX_PARTICIPANTS = 50;
export const MAX_SUBSCRIBERS = 200;

/** Sets (or clears) the primary contact; a participant who becomes the contact leaves that list. */
export function setContact<T extends RoleHolder>(record: T, contactId: string | undefined): T {
  if (record.contactId === contactId) return record;
  return {
    ...record,
    contactId,
    participantIds: record.participantIds.filter((id) => id !== contactId),
  };
}

export function addParticipant<T extends RoleHolder>(record: T, contactId: string): Result<T> {
  if (record.participantIds.includes(contactId)) return ok(record);
  if (record.contactId === contactId) {
    return ruleBroken(
      'already_contact',
      'This person is already the primary contact; participants are the other people in the deal',
    );
  }
  if (record.participantIds.length >= MAX_PARTICIPANTS) {
    return ruleBroken(
      'too_many_participants',
      `A record has at most ${MAX_PARTICIPANTS} participants; remove one first`,
      { max: MAX_PARTICIPANTS },
    );
  }
  return ok({ ...record, participantIds: [...record.participantIds, contactId] });
}

export function removeParticipant<T extends RoleHolder>(record: T, contactId: string): T {
  if (!record.participantIds.includes(contactId)) return record;
  return { ...record, participantIds: record.participantIds.filter((id) => id !== contactId) };
}

/** Adds a follower: someone else (an edit) or oneself (following, see use cases). */
export function addSubscriber<T extends RoleHolder>(record: T, userId: string): Result<T> {
  if (record.subscriberIds.includes(userId)) return ok(record);
  if (record.subscriberIds.length >= MAX_SUBSCRIBERS) {
    return ruleBroken(
      'too_many_subscribers',
      `A record has at most ${MAX_SUBSCRIBERS} subscribers; remove one first`,
      { max: MAX_SUBSCRIBERS },
    );
  }
  return ok({ ...record, subscriberIds: [...record.subscriberIds, userId] });
}

export function removeSubscriber<T extends RoleHolder>(record: T, userId: string): T {
  if (!record.subscriberIds.includes(userId)) return record;
  return { ...record, subscriberIds: record.subscriberIds.filter((id) => id !== userId) };
}
