import type { Translation } from '../../../shell/i18n/message';
import type { contactsEn } from './en';

export const contactsRo: Translation<typeof contactsEn> = {
  'contacts.title': 'Contacte',
  'contacts.new': 'Contact nou',
  'contacts.empty': 'Încă nu există contacte.',
  'contacts.account': 'Cont',
  'contacts.champion': 'Susținător',
  'contacts.setAccount': 'Alegeți contul',
  'contacts.changeAccount': 'Schimbați contul',
  'contacts.clearAccount': 'Eliminați contul',
};
