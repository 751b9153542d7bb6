import type { Translation } from '../../../shell/i18n/message';
import type { notificationsEn } from './en';

export const notificationsPl: Translation<typeof notificationsEn> = {
  'notifications.title': 'Powiadomienia',
  'notifications.intro':
    'Jak dowiadujesz się o zmianach w leadach i szansach, których jesteś właścicielem lub które obserwujesz.',
  'notifications.delivery': 'Jak dowiadujesz się o zmianach',
  'notifications.mode': 'Wysyłaj mi',
  'notifications.immediate': 'Karty na bieżąco',
  'notifications.digest': 'Jedno podsumowanie dziennie',
  'notifications.hour': 'Godzina podsumowania',
  'notifications.hourHint': 'W Twojej strefie czasowej, {timeZone}',
  'notifications.summaryImmediate': 'Karta na czacie, gdy tylko coś się zmieni.',
  'notifications.summaryDigest': 'Jedna karta dziennie o {time}, {timeZone}.',
  'notifications.saved': 'Zapisano. {summary}',
  'notifications.muted': 'Wyciszone rekordy',
  'notifications.mutedHint': 'Nie dostajesz kart o tych rekordach; inni nadal dostają swoje.',
  'notifications.noneMuted': 'Nie wyciszono żadnego leada ani szansy.',
  'notifications.lead': 'Lead',
  'notifications.opportunity': 'Szansa sprzedaży',
  'notifications.mute': 'Wycisz',
  'notifications.unmute': 'Wyłącz wyciszenie',
  'notifications.unmuteRecord': 'Wyłącz wyciszenie: {name}',
  'notifications.muteHint': 'Nie dostajesz kart o tym rekordzie; inni nadal dostają swoje.',
  'notifications.mutedNote': 'Wyciszone dla Ciebie',
};
