import type { Translation } from '../../../shell/i18n/message';
import type { myEn } from './en';

export const myFr: Translation<typeof myEn> = {
  'my.title': 'Mon CRM',
  'my.openLeads': 'Mes pistes ouvertes',
  'my.openDeals': 'Mes affaires ouvertes',
  'my.pipelineValue': 'Valeur du pipeline',
  'my.spaces': 'Mes espaces',
};
