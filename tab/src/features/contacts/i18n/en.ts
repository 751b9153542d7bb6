import type { Messages } from '../../../shell/i18n/message';

export const contactsEn = {
  'contacts.title': 'Contacts',
  'contacts.new': 'New contact',
  'contacts.empty': 'No contacts yet.',
  'contacts.account': 'Account',
  'contacts.champion': 'Champion',
  'contacts.setAccount': 'Choose the account',
  'contacts.changeAccount': 'Change the account',
  'contacts.clearAccount': 'Clear the account',
} as const satisfies Messages;
