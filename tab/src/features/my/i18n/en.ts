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
  'my.outOfOffice': 'Out of office',
  'my.outOfOfficeHint':
    "While you are out, your teams' round-robin skips you and gives new leads to the others.",
  'my.outOfOfficeOn': 'You are marked as out of office.',
  'my.outOfOfficeOff': 'You are back: new leads can come to you again.',
  'my.availability': 'My availability',
} as const satisfies Messages;
