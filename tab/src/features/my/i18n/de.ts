import type { Translation } from '../../../shell/i18n/message';
import type { myEn } from './en';

export const myDe: Translation<typeof myEn> = {
  'my.title': 'Mein CRM',
  'my.openLeads': 'Meine offenen Leads',
  'my.openDeals': 'Meine offenen Deals',
  'my.pipelineValue': 'Pipelinewert',
  'my.overdueDeals': 'Meine Deals nach dem erwarteten Abschluss',
  'my.pipelineScope': 'Offene Phasen meiner Bereiche',
  'my.weighted': 'Gewichtet: {amount}',
  'my.nothingOpen': 'Noch nichts offen.',
  'my.spaces': 'Meine Bereiche',
};
