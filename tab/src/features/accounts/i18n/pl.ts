import type { Translation } from '../../../shell/i18n/message';
import type { accountsEn } from './en';

export const accountsPl: Translation<typeof accountsEn> = {
  'accounts.title': 'Konta',
  'accounts.new': 'Nowe konto',
  'accounts.empty': 'Brak kont.',
  'accounts.industry': 'Branża',
  'accounts.keyAccount': 'Kluczowy klient',
  'accounts.people': 'Osoby',
  'accounts.opportunities': 'Szanse sprzedaży',
  'accounts.manager': 'Opiekun konta',
  'accounts.private': 'Prywatne (widoczne tylko dla mnie)',
  'accounts.privateCreatorOnly': 'Tylko twórca konta może uczynić je prywatnym.',
  'accounts.visibleIn': 'Widoczne w',
  'accounts.everySpace': 'Wszystkich przestrzeniach',
  'accounts.chosenSpaces': 'Wybranych przestrzeniach',
  'accounts.sharing': 'Udostępnianie',
};
