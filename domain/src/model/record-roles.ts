import { z } from 'zod';
import { Id, UserId } from './common';

export const ParticipantInput = z.object({ contactId: Id });
export type ParticipantInput = z.infer<typeof ParticipantInput>;

export const SubscriberInput = z.object({ userId: UserId });
export type SubscriberInput = z.infer<typeof SubscriberInput>;

/** The primary contact; null clears it. */
export const SetContactInput = z.object({ contactId: Id.nullable() });
export type SetContactInput = z.infer<typeof SetContactInput>;
