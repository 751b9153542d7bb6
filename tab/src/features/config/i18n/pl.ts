import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configPl: Translation<typeof configEn> = {
  'config.title': 'Skonfiguruj Channel CRM dla tego kanału',
  'config.choose': 'Użyj istniejącej przestrzeni',
  'config.create': 'Lub utwórz nową przestrzeń',
  'config.spaceName': 'Nazwa przestrzeni',
  'config.ready': 'Naciśnij Zapisz, aby dodać kartę.',
  'config.show': 'Co pokazuje ta karta',
  'config.show.space': 'Całą przestrzeń',
  'config.show.pipeline': 'Tablicę jednego lejka',
  'config.show.record': 'Jeden rekord',
  'config.pipeline': 'Lejek sprzedaży',
  'config.record': 'Rekord',
  'config.recordHint': 'Szukaj transakcji, leadów, kont i kontaktów po nazwie, firmie lub e-mailu.',
  'config.recordOption': '{name} ({type})',
  'config.type.opportunity': 'Transakcja',
  'config.type.lead': 'Lead',
  'config.type.account': 'Konto',
  'config.type.contact': 'Kontakt',
  'config.kept': 'Usunięcie karty później zachowa przestrzeń i wszystkie jej rekordy.',
  'config.meeting.title': 'Dodaj Channel CRM do tego spotkania',
  'config.meeting.explain':
    'Karta i panel boczny spotkania pokazują otwarte szanse sprzedaży firm, których kontakty są zaproszone, z polem notatki dla każdej szansy.',
  'config.meeting.tabName': 'Szanse',
};
