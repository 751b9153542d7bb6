import type { Messages } from '../../../shell/i18n/message';

export const myEn = {
  'my.title': 'My CRM',
  'my.openLeads': 'My open leads',
  'my.openDeals': 'My open deals',
  'my.pipelineValue': 'Pipeline value',
  'my.spaces': 'My spaces',
} as const satisfies Messages;
