import { z } from 'zod';
import { DocumentMeta, Id, ShortText } from './common';
import { DuplicatePolicy } from './duplicates';
import { CountryCode } from './routing';

const TeamsId = z.string().max(200);
const Currency = z.string().regex(/^[A-Z]{3}$/);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A channel tab's `entityId`: `<spaceId>`, `<spaceId>:pipeline:<id>` or `<spaceId>:<type>:<id>`. */
const TabEntityId = z.string().regex(new RegExp(`^${UUID}(:[a-z]{1,20}:${UUID})?$`, 'i'));

/** One CRM per Teams team or channel where the tab is pinned. */
export const Space = DocumentMeta.extend({
  type: z.literal('space'),
  id: Id,
  name: ShortText,
  teamId: TeamsId.optional(),
  channelId: TeamsId.optional(),
  /**
   * The `entityId` of the tab last pinned to the space in its channel (the whole space, one
   * pipeline's board or one record): Teams deep links into the channel name it. Absent: the
   * space's id, which the whole-space tab has.
   */
  channelTabEntityId: TabEntityId.optional(),
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

/**
 * A patch: only the fields sent change. Pinning an existing space to a channel sets its ids and
 * the pinned tab's `entityId`, which must be one of this space's.
 */
export const UpdateSpaceInput = CreateSpaceInput.partial().extend({
  channelTabEntityId: TabEntityId.optional(),
});
export type UpdateSpaceInput = z.infer<typeof UpdateSpaceInput>;
