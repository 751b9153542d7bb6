import type { Messages } from '../../../shell/i18n/message';

export const accountsEn = {
  'accounts.title': 'Accounts',
  'accounts.new': 'New account',
  'accounts.empty': 'No accounts yet.',
  'accounts.industry': 'Industry',
  'accounts.keyAccount': 'Key account',
  'accounts.people': 'People',
  'accounts.opportunities': 'Opportunities',
} as const satisfies Messages;
