import { z } from 'zod';
import { DocumentMeta, Id, ShortText } from './common';
import { DuplicatePolicy } from './duplicates';
import { CountryCode } from './routing';

const TeamsId = z.string().max(200);
const Currency = z.string().regex(/^[A-Z]{3}$/);

/** One CRM per Teams team or channel where the tab is pinned. */
export const Space = DocumentMeta.extend({
  type: z.literal('space'),
  id: Id,
  name: ShortText,
  teamId: TeamsId.optional(),
  channelId: TeamsId.optional(),
  defaultCurrency: Currency.default('EUR'),
  /** Where phone numbers written without a country code are read (duplicate keys). */
  defaultCountry: CountryCode.optional(),
  /** What a new record that looks like an existing one does; flag when absent. */
  duplicatePolicy: DuplicatePolicy.optional(),
});
export type Space = z.infer<typeof Space>;

export const CreateSpaceInput = z.object({
  name: ShortText,
  teamId: TeamsId.optional(),
  channelId: TeamsId.optional(),
  defaultCurrency: Currency.optional(),
  defaultCountry: CountryCode.optional(),
  duplicatePolicy: DuplicatePolicy.optional(),
});
export type CreateSpaceInput = z.infer<typeof CreateSpaceInput>;

/** A patch: only the fields sent change. Pinning an existing space to a channel sets its ids. */
export const UpdateSpaceInput = CreateSpaceInput.partial();
export type UpdateSpaceInput = z.infer<typeof UpdateSpaceInput>;
