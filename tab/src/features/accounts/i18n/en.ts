import type { Messages } from '../../../shell/i18n/message';

export const accountsEn = {
  'accounts.title': 'Accounts',
  'accounts.new': 'New account',
  'accounts.empty': 'No accounts yet.',
  'accounts.industry': 'Industry',
  'accounts.keyAccount': 'Key account',
  'accounts.people': 'People',
  'accounts.opportunities': 'Opportunities',
  'accounts.manager': 'Account manager',
  'accounts.private': 'Private (only I see it)',
  'accounts.privateCreatorOnly': 'Only whoever created the account may make it private.',
  'accounts.visibleIn': 'Visible in',
  'accounts.everySpace': 'Every space',
  'accounts.chosenSpaces': 'Chosen spaces',
  'accounts.sharing': 'Sharing',
} as const satisfies Messages;
