import type { Translation } from '../../../shell/i18n/message';
import type { notificationsEn } from './en';

export const notificationsDe: Translation<typeof notificationsEn> = {
  'notifications.title': 'Benachrichtigungen',
  'notifications.intro':
    'Wie Sie von Änderungen an Leads und Deals erfahren, für die Sie verantwortlich sind oder denen Sie folgen.',
  'notifications.delivery': 'Wie Sie von Änderungen erfahren',
  'notifications.mode': 'Ich möchte erhalten',
  'notifications.immediate': 'Karten, sobald etwas passiert',
  'notifications.digest': 'Eine tägliche Zusammenfassung',
  'notifications.hour': 'Uhrzeit der Zusammenfassung',
  'notifications.hourHint': 'In Ihrer Zeitzone, {timeZone}',
  'notifications.summaryImmediate': 'Eine Karte in Ihrem Chat, sobald sich etwas ändert.',
  'notifications.summaryDigest': 'Eine Karte pro Tag um {time} Uhr, {timeZone}.',
  'notifications.saved': 'Gespeichert. {summary}',
  'notifications.muted': 'Stummgeschaltete Datensätze',
  'notifications.mutedHint':
    'Sie erhalten zu diesen Datensätzen keine Karten; alle anderen weiterhin.',
  'notifications.noneMuted': 'Sie haben keinen Lead und keinen Deal stummgeschaltet.',
  'notifications.lead': 'Lead',
  'notifications.opportunity': 'Verkaufschance',
  'notifications.mute': 'Stummschalten',
  'notifications.unmute': 'Stummschaltung aufheben',
  'notifications.unmuteRecord': 'Stummschaltung für {name} aufheben',
  'notifications.muteHint':
    'Sie erhalten zu diesem Datensatz keine Karten; alle anderen weiterhin.',
  'notifications.mutedNote': 'Für Sie stummgeschaltet',
};
