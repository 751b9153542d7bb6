import type { Translation } from '../../../shell/i18n/message';
import type { meetingsEn } from './en';

export const meetingsFr: Translation<typeof meetingsEn> = {
  'meetings.title': 'Affaires dans {meeting}',
  'meetings.thisMeeting': 'cette réunion',
  'meetings.loading': 'Recherche des comptes des invités…',
  'meetings.empty': "Aucun invité n'est contact d'un compte que vous pouvez voir.",
  'meetings.partial':
    "Certains invités n'ont pas pu être lus : il manque une autorisation à Channel CRM dans cette organisation.",
  'meetings.outsideMeeting': 'Ouvrez ce panneau depuis une réunion Teams.',
  'meetings.account': '{account} : affaires en cours',
  'meetings.noDeals': 'Aucune affaire en cours.',
  'meetings.stage': 'Étape',
  'meetings.amount': 'Montant',
  'meetings.next': 'Prochaine activité',
  'meetings.nothingPlanned': 'Rien de prévu',
  'meetings.busy': 'Occupé',
  'meetings.note': 'Note sur {deal}',
  'meetings.addNote': 'Ajouter la note',
  'meetings.saved': "Note enregistrée sur l'affaire.",
  'meetings.notedInMeeting': '{who} a écrit une note pendant la réunion {meeting}',
};
