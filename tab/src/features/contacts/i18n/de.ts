import type { Translation } from '../../../shell/i18n/message';
import type { contactsEn } from './en';

export const contactsDe: Translation<typeof contactsEn> = {
  'contacts.title': 'Kontakte',
  'contacts.new': 'Neuer Kontakt',
  'contacts.empty': 'Noch keine Kontakte.',
  'contacts.account': 'Account',
  'contacts.champion': 'Fürsprecher',
  'contacts.setAccount': 'Konto auswählen',
  'contacts.changeAccount': 'Konto ändern',
  'contacts.clearAccount': 'Konto entfernen',
};
