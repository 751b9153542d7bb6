import { z } from 'zod';
import { knownTimeZone } from '../rules/client-settings';
import { Id } from './common';

export const NotificationMode = z.enum(['immediate', 'digest']);
export type NotificationMode = z.infer<typeof NotificationMode>;

const DeliveryChoice = {
  mode: NotificationMode,
  /** The hour of the daily digest in the user's own time zone. */
  digestHour: z.number().int().min(0).max(23),
};

/** What the notifier keeps per user. */
export type NotificationPreferences = {
  mode: NotificationMode;
  /** Hour (0–23) in the user's own time zone (User.timeZone) at which the daily digest goes. */
  digestHour: number;
  mutedRecordIds: string[];
};

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  mode: 'immediate',
  digestHour: 8,
  mutedRecordIds: [],
};

/** What PUT /me/notifications takes. */
export const NotificationSettingsInput = z.strictObject({
  ...DeliveryChoice,
  timeZone: z
    .string()
    .refine((zone) => knownTimeZone(zone) !== undefined, 'expected an IANA time zone')
    .optional()
    .describe('Your time zone, e.g. the device’s, in which the digest hour is meant'),
});
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInput>;

export const MutableRecordType = z.enum(['lead', 'opportunity']);
export type MutableRecordType = z.infer<typeof MutableRecordType>;

export const MutedRecord = z.object({ id: Id, type: MutableRecordType, title: z.string() });
export type MutedRecord = z.infer<typeof MutedRecord>;

/** What GET/PUT /api/me/notifications show and change. */
export const NotificationSettings = z.object({
  ...DeliveryChoice,
  /** The user's own time zone (their profile), in which `digestHour` is meant. */
  timeZone: z.string(),
  mutedRecordIds: z
    .array(Id)
    .describe('The leads and deals you hear nothing of (POST/DELETE …/{id}/mute change it)'),
  mutedRecords: z
    .array(MutedRecord)
    .describe('Those of them you may still open, with what they are called'),
});
export type NotificationSettings = z.infer<typeof NotificationSettings>;

export const MuteState = z.object({ recordId: Id, muted: z.boolean() });
export type MuteState = z.infer<typeof MuteState>;
