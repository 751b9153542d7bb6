import { getNotificationSettings, setNotificationSettings, setRecordMuted } from '@channel-crm/bot';
import * as contracts from '@channel-crm/domain/contracts';
import type { MutableRecordType } from '@channel-crm/domain';
import { botRuntime } from '../functions/messages';
import { bind, type Route } from '../http/route';

const notifierState = async () => (await botRuntime()).notifier.state;

const muteRoutes = (type: MutableRecordType): Route[] => [
  bind(contracts.recordMute[type].mute, async (ctx, req) =>
    setRecordMuted(await notifierState(), ctx, type, req.params.id, true),
  ),
  bind(contracts.recordMute[type].unmute, async (ctx, req) =>
    setRecordMuted(await notifierState(), ctx, type, req.params.id, false),
  ),
];

/** Your notification settings and the records you muted. */
export const notificationRoutes: Route[] = [
  bind(contracts.getMyNotifications, async (ctx) =>
    getNotificationSettings(await notifierState(), ctx),
  ),
  bind(contracts.setMyNotifications, async (ctx, req) =>
    setNotificationSettings(await notifierState(), ctx, req.body),
  ),
  ...muteRoutes('lead'),
  ...muteRoutes('opportunity'),
];
