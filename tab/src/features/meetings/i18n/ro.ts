import type { Translation } from '../../../shell/i18n/message';
import type { meetingsEn } from './en';

export const meetingsRo: Translation<typeof meetingsEn> = {
  'meetings.title': 'Oportunități în {meeting}',
  'meetings.thisMeeting': 'această întâlnire',
  'meetings.loading': 'Se caută conturile invitaților…',
  'meetings.empty': 'Niciun invitat nu este contact al unui cont pe care îl puteți vedea.',
  'meetings.partial':
    'Unii invitați nu au putut fi citiți: Channel CRM nu are o permisiune în această organizație.',
  'meetings.outsideMeeting': 'Deschideți acest panou dintr-o întâlnire Teams.',
  'meetings.account': '{account}: oportunități deschise',
  'meetings.noDeals': 'Nicio oportunitate deschisă.',
  'meetings.stage': 'Etapă',
  'meetings.amount': 'Sumă',
  'meetings.next': 'Următoarea activitate',
  'meetings.nothingPlanned': 'Nimic planificat',
  'meetings.busy': 'Ocupat',
  'meetings.note': 'Notă la {deal}',
  'meetings.addNote': 'Adaugă nota',
  'meetings.saved': 'Nota a fost salvată la oportunitate.',
  'meetings.notedInMeeting': '{who} a scris o notă în întâlnirea {meeting}',
};
