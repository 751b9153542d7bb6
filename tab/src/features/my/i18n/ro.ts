import type { Translation } from '../../../shell/i18n/message';
import type { myEn } from './en';

export const myRo: Translation<typeof myEn> = {
  'my.title': 'CRM-ul meu',
  'my.openLeads': 'Lead-urile mele deschise',
  'my.openDeals': 'Oportunitățile mele deschise',
  'my.pipelineValue': 'Valoarea pipeline-ului',
  'my.overdueDeals': 'Oportunitățile mele cu închiderea estimată depășită',
  'my.pipelineScope': 'Etapele deschise din spațiile mele',
  'my.weighted': 'Ponderat: {amount}',
  'my.nothingOpen': 'Nimic deschis deocamdată.',
  'my.spaces': 'Spațiile mele',
  'my.outOfOffice': 'Absent de la birou',
  'my.outOfOfficeHint':
    'Cât timp ești absent, distribuția prin rotație a echipelor tale te sare și dă lead-urile noi celorlalți.',
  'my.outOfOfficeOn': 'Ești marcat ca absent.',
  'my.outOfOfficeOff': 'Te-ai întors: lead-urile noi pot ajunge din nou la tine.',
  'my.availability': 'Disponibilitatea mea',
};
