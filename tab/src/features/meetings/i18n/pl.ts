import type { Translation } from '../../../shell/i18n/message';
import type { meetingsEn } from './en';

export const meetingsPl: Translation<typeof meetingsEn> = {
  'meetings.title': 'Szanse w: {meeting}',
  'meetings.thisMeeting': 'to spotkanie',
  'meetings.loading': 'Wyszukiwanie firm zaproszonych osób…',
  'meetings.empty': 'Żadna zaproszona osoba nie jest kontaktem firmy, którą możesz zobaczyć.',
  'meetings.partial':
    'Nie udało się odczytać części zaproszonych: Channel CRM nie ma uprawnienia w tej organizacji.',
  'meetings.outsideMeeting': 'Otwórz ten panel ze spotkania w Teams.',
  'meetings.account': '{account}: otwarte szanse',
  'meetings.noDeals': 'Brak otwartych szans.',
  'meetings.stage': 'Etap',
  'meetings.amount': 'Kwota',
  'meetings.next': 'Następna aktywność',
  'meetings.nothingPlanned': 'Nic nie zaplanowano',
  'meetings.busy': 'Zajęty',
  'meetings.note': 'Notatka do: {deal}',
  'meetings.addNote': 'Dodaj notatkę',
  'meetings.saved': 'Notatka zapisana w szansie.',
  'meetings.notedInMeeting': 'Dodano notatkę na spotkaniu {meeting} — {who}',
};
