import { z } from 'zod';

/** `${eventId}:${recipientId}`, or a poison message's key: not a UUID. */
export const DeadLetterKey = z.string().min(1).max(200);

/** A card delivery that kept failing. */
export const DeadLetter = z.object({
  key: DeadLetterKey,
  reason: z.string(),
  at: z.iso.datetime(),
  /** The queued delivery as it failed, with the card it carried (maybe garbage). */
  delivery: z.unknown(),
});
export type DeadLetter = z.infer<typeof DeadLetter>;
