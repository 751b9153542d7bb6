import type { Messages } from '../../../shell/i18n/message';

export const myEn = {
  'my.title': 'My CRM',
  'my.openLeads': 'My open leads',
  'my.openDeals': 'My open deals',
  'my.pipelineValue': 'Pipeline value',
  'my.overdueDeals': 'My deals past their expected close',
  'my.pipelineScope': 'Open stages in my spaces',
  'my.weighted': 'Weighted: {amount}',
  'my.nothingOpen': 'Nothing open yet.',
  'my.spaces': 'My spaces',
} as const satisfies Messages;
