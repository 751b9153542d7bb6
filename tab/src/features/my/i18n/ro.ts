import type { Translation } from '../../../shell/i18n/message';
import type { myEn } from './en';

export const myRo: Translation<typeof myEn> = {
  'my.title': 'CRM-ul meu',
  'my.openLeads': 'Lead-urile mele deschise',
  'my.openDeals': 'Oportunitățile mele deschise',
  'my.pipelineValue': 'Valoarea pipeline-ului',
  'my.spaces': 'Spațiile mele',
};
