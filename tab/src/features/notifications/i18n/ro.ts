import type { Translation } from '../../../shell/i18n/message';
import type { notificationsEn } from './en';

export const notificationsRo: Translation<typeof notificationsEn> = {
  'notifications.title': 'Notificări',
  'notifications.intro':
    'Cum aflați despre modificările lead-urilor și oportunităților pe care le dețineți sau le urmăriți.',
  'notifications.delivery': 'Cum aflați despre modificări',
  'notifications.mode': 'Doresc să primesc',
  'notifications.immediate': 'Carduri pe măsură ce se întâmplă ceva',
  'notifications.digest': 'Un rezumat zilnic',
  'notifications.hour': 'Ora rezumatului',
  'notifications.hourHint': 'În fusul dvs. orar, {timeZone}',
  'notifications.summaryImmediate': 'Un card în chat imediat ce se schimbă ceva.',
  'notifications.summaryDigest': 'Un card pe zi la {time}, {timeZone}.',
  'notifications.saved': 'Salvat. {summary}',
  'notifications.muted': 'Înregistrări fără notificări',
  'notifications.mutedHint':
    'Nu primiți carduri despre aceste înregistrări; ceilalți le primesc în continuare.',
  'notifications.noneMuted': 'Nu ați dezactivat notificările pentru niciun lead sau oportunitate.',
  'notifications.lead': 'Lead',
  'notifications.opportunity': 'Oportunitate',
  'notifications.mute': 'Dezactivare notificări',
  'notifications.unmute': 'Reactivare notificări',
  'notifications.unmuteRecord': 'Reactivați notificările pentru {name}',
  'notifications.muteHint':
    'Nu primiți carduri despre această înregistrare; ceilalți le primesc în continuare.',
  'notifications.mutedNote': 'Notificări dezactivate pentru dvs.',
};
