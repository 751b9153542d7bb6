import {
  getMyNotifications,
  recordMute,
  setMyNotifications,
  type MutableRecordType,
  type NotificationMode,
} from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export type {
  MutableRecordType,
  MutedRecord,
  NotificationMode,
  NotificationSettings,
} from '@channel-crm/domain/contracts';

export const notificationsKey = ['me', 'notifications'] as const;

export const getNotificationSettings = (signal?: AbortSignal) =>
  call(getMyNotifications, { signal });

export const saveNotificationSettings = (input: {
  mode: NotificationMode;
  digestHour: number;
  timeZone?: string;
}) => call(setMyNotifications, { body: input });

export const setMuted = (type: MutableRecordType, id: string, muted: boolean) =>
  call(muted ? recordMute[type].mute : recordMute[type].unmute, { params: { id } });
