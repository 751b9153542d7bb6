import type { Translation } from '../../../shell/i18n/message';
import type { myEn } from './en';

export const myDe: Translation<typeof myEn> = {
  'my.title': 'Mein CRM',
  'my.openLeads': 'Meine offenen Leads',
  'my.openDeals': 'Meine offenen Deals',
  'my.pipelineValue': 'Pipelinewert',
  'my.spaces': 'Meine Bereiche',
};
