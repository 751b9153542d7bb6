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
  'my.outOfOffice': 'Abwesend',
  'my.outOfOfficeHint':
    'Solange Sie abwesend sind, überspringt Sie die Rundum-Verteilung Ihrer Teams und gibt neue Leads an die anderen.',
  'my.outOfOfficeOn': 'Sie sind als abwesend markiert.',
  'my.outOfOfficeOff': 'Sie sind zurück: Neue Leads können wieder an Sie gehen.',
  'my.availability': 'Meine Verfügbarkeit',
};
