import type { Translation } from '../../../shell/i18n/message';
import type { contactsEn } from './en';

export const contactsFr: Translation<typeof contactsEn> = {
  'contacts.title': 'Contacts',
  'contacts.new': 'Nouveau contact',
  'contacts.empty': 'Aucun contact pour le moment.',
  'contacts.account': 'Compte',
  'contacts.champion': 'Champion',
  'contacts.setAccount': 'Choisir le compte',
  'contacts.changeAccount': 'Changer le compte',
  'contacts.clearAccount': 'Retirer le compte',
};
