import { z } from 'zod';
import { DocumentMeta, Id, ShortText } from './common';

/** One CRM per Teams team or channel where the tab is pinned. */
export const Space = DocumentMeta.extend({
  type: z.literal('space'),
  id: Id,
  name: ShortText,
  teamId: z.string().max(200).optional(),
  channelId: z.string().max(200).optional(),
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
});
export type Space = z.infer<typeof Space>;

export const CreateSpaceInput = z.object({
  name: ShortText,
  teamId: z.string().max(200).optional(),
  channelId: z.string().max(200).optional(),
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});
export type CreateSpaceInput = z.infer<typeof CreateSpaceInput>;

/** A patch: only the fields sent change. Pinning an existing space to a channel sets its ids. */
export const UpdateSpaceInput = CreateSpaceInput.partial();
export type UpdateSpaceInput = z.infer<typeof UpdateSpaceInput>;
