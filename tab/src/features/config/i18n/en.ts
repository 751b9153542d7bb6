import type { Messages } from '../../../shell/i18n/message';

export const configEn = {
  'config.title': 'Set up Channel CRM for this channel',
  'config.choose': 'Use an existing space',
  'config.create': 'Or create a new space',
  'config.spaceName': 'Space name',
  'config.ready': 'Press Save to add the tab.',
} as const satisfies Messages;
