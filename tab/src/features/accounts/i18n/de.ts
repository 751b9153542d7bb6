import type { Translation } from '../../../shell/i18n/message';
import type { accountsEn } from './en';

export const accountsDe: Translation<typeof accountsEn> = {
  'accounts.title': 'Accounts',
  'accounts.new': 'Neuer Account',
  'accounts.empty': 'Noch keine Accounts.',
  'accounts.industry': 'Branche',
  'accounts.keyAccount': 'Key Account',
  'accounts.people': 'Personen',
  'accounts.opportunities': 'Verkaufschancen',
};
