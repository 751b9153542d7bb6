import {
  MuteState,
  NotificationSettings,
  NotificationSettingsInput,
} from '../model/notification-settings';
import { contract } from './contract';

export const getMyNotifications = contract({
  name: 'getMyNotifications',
  roundTrips: 1,
  method: 'GET',
  path: '/me/notifications',
  summary: 'How you hear of changes',
  tag: 'me',
  response: NotificationSettings,
});

export const setMyNotifications = contract({
  name: 'setMyNotifications',
  roundTrips: 2,
  method: 'PUT',
  path: '/me/notifications',
  summary: 'Cards at once or one daily digest at an hour of your own time zone',
  tag: 'me',
  body: NotificationSettingsInput,
  response: NotificationSettings,
});

const muteOf = <Plural extends string>(plural: Plural, singular: string) => ({
  mute: contract({
    name: `mute${singular}`,
    roundTrips: 2,
    method: 'POST',
    path: `/${plural}/{id}/mute`,
    summary: 'Mute its notifications for yourself',
    tag: plural,
    response: MuteState,
  }),
  unmute: contract({
    name: `unmute${singular}`,
    roundTrips: 2,
    method: 'DELETE',
    path: `/${plural}/{id}/mute`,
    summary: 'Hear of its changes again',
    tag: plural,
    response: MuteState,
  }),
});

/** Muting a lead or a deal for yourself, by record type. */
export const recordMute = {
  lead: muteOf('leads', 'Lead'),
  opportunity: muteOf('opportunities', 'Opportunity'),
};
