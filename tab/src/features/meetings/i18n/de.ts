import type { Translation } from '../../../shell/i18n/message';
import type { meetingsEn } from './en';

export const meetingsDe: Translation<typeof meetingsEn> = {
  'meetings.title': 'Verkaufschancen in {meeting}',
  'meetings.thisMeeting': 'dieser Besprechung',
  'meetings.loading': 'Die Accounts der Eingeladenen werden gesucht…',
  'meetings.empty': 'Kein Eingeladener ist Kontakt eines Accounts, den Sie sehen dürfen.',
  'meetings.partial':
    'Einige Eingeladene konnten nicht gelesen werden: Channel CRM fehlt in dieser Organisation eine Berechtigung.',
  'meetings.outsideMeeting': 'Öffnen Sie diesen Bereich in einer Teams-Besprechung.',
  'meetings.account': '{account}: offene Verkaufschancen',
  'meetings.noDeals': 'Keine offene Verkaufschance.',
  'meetings.stage': 'Phase',
  'meetings.amount': 'Betrag',
  'meetings.next': 'Nächste Aktivität',
  'meetings.nothingPlanned': 'Nichts geplant',
  'meetings.busy': 'Beschäftigt',
  'meetings.note': 'Notiz zu {deal}',
  'meetings.addNote': 'Notiz hinzufügen',
  'meetings.saved': 'Notiz in der Verkaufschance gespeichert.',
  'meetings.notedInMeeting': '{who} hat in der Besprechung {meeting} eine Notiz geschrieben',
};
