import type { Translation } from '../../../shell/i18n/message';
import type { contactsEn } from './en';

export const contactsPl: Translation<typeof contactsEn> = {
  'contacts.title': 'Kontakty',
  'contacts.new': 'Nowy kontakt',
  'contacts.empty': 'Brak kontaktów.',
  'contacts.account': 'Konto',
  'contacts.champion': 'Ambasador',
  'contacts.setAccount': 'Wybierz konto',
  'contacts.changeAccount': 'Zmień konto',
  'contacts.clearAccount': 'Usuń konto',
};
