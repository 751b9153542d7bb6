import type { Translation } from '../../../shell/i18n/message';
import type { notificationsEn } from './en';

export const notificationsFr: Translation<typeof notificationsEn> = {
  'notifications.title': 'Notifications',
  'notifications.intro':
    'Comment vous êtes informé des changements sur les pistes et affaires dont vous êtes propriétaire ou que vous suivez.',
  'notifications.delivery': 'Comment être informé',
  'notifications.mode': 'Recevoir',
  'notifications.immediate': 'Des cartes au fil des changements',
  'notifications.digest': 'Un résumé quotidien',
  'notifications.hour': 'Heure du résumé',
  'notifications.hourHint': 'Dans votre fuseau horaire, {timeZone}',
  'notifications.summaryImmediate':
    'Une carte dans votre conversation dès que quelque chose change.',
  'notifications.summaryDigest': 'Une carte par jour à {time}, {timeZone}.',
  'notifications.saved': 'Enregistré. {summary}',
  'notifications.muted': 'Enregistrements en sourdine',
  'notifications.mutedHint':
    'Aucune carte sur ces enregistrements pour vous ; les autres reçoivent toujours les leurs.',
  'notifications.noneMuted': "Vous n'avez mis aucune piste ni affaire en sourdine.",
  'notifications.lead': 'Piste',
  'notifications.opportunity': 'Opportunité',
  'notifications.mute': 'Mettre en sourdine',
  'notifications.unmute': 'Réactiver',
  'notifications.unmuteRecord': 'Réactiver {name}',
  'notifications.muteHint':
    'Aucune carte sur cet enregistrement pour vous ; les autres reçoivent toujours les leurs.',
  'notifications.mutedNote': 'En sourdine pour vous',
};
