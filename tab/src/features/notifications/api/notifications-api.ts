import { api } from '../../../shell/api-client';

export type NotificationMode = 'immediate' | 'digest';

export type NotificationSettings = {
  mode: NotificationMode;
  /** The hour of the daily digest, in `timeZone`. */
  digestHour: number;
  timeZone: string;
  mutedRecordIds: string[];
  /** The muted records the user may still open, named by the server. */
  mutedRecords: MutedRecord[];
};

export type MutableRecordType = 'lead' | 'opportunity';

export type MutedRecord = { id: string; type: MutableRecordType; title: string };

export const notificationsKey = ['me', 'notifications'] as const;

export const getNotificationSettings = (signal?: AbortSignal) =>
  api.get<NotificationSettings>('/me/notifications', signal);

export const saveNotificationSettings = (input: {
  mode: NotificationMode;
  digestHour: number;
  timeZone?: string;
}) => api.put<NotificationSettings>('/me/notifications', { body: input });

const COLLECTION: Record<MutableRecordType, string> = {
  lead: 'leads',
  opportunity: 'opportunities',
};

export const setMuted = (type: MutableRecordType, id: string, muted: boolean) =>
  muted
    ? api.post<{ recordId: string; muted: boolean }>(`/${COLLECTION[type]}/${id}/mute`)
    : api.del<{ recordId: string; muted: boolean }>(`/${COLLECTION[type]}/${id}/mute`);
