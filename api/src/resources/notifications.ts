import * as contracts from '@channel-crm/domain/contracts';
import type { MutableRecordType } from '@channel-crm/domain';
import {
  getNotificationSettings,
  setNotificationSettings,
  setRecordMuted,
} from '@channel-crm/domain/server';
import { bind, type Route } from '../http/route';
import { withNotifications } from './with-notifications';

const muteRoutes = (type: MutableRecordType): Route[] => [
  bind(contracts.recordMute[type].mute, async (ctx, req) =>
    setRecordMuted(await withNotifications(ctx), type, req.params.id, true),
  ),
  bind(contracts.recordMute[type].unmute, async (ctx, req) =>
    setRecordMuted(await withNotifications(ctx), type, req.params.id, false),
  ),
];

/** Your notification settings and the records you muted. */
export const notificationRoutes: Route[] = [
  bind(contracts.getMyNotifications, async (ctx) =>
    getNotificationSettings(await withNotifications(ctx)),
  ),
  bind(contracts.setMyNotifications, async (ctx, req) =>
    setNotificationSettings(await withNotifications(ctx), req.body),
  ),
  ...muteRoutes('lead'),
  ...muteRoutes('opportunity'),
];
