import type { Translation } from '../../../shell/i18n/message';
import type { myEn } from './en';

export const myFr: Translation<typeof myEn> = {
  'my.title': 'Mon CRM',
  'my.openLeads': 'Mes pistes ouvertes',
  'my.openDeals': 'Mes affaires ouvertes',
  'my.pipelineValue': 'Valeur du pipeline',
  'my.overdueDeals': 'Mes affaires dont la clôture prévue est passée',
  'my.pipelineScope': 'Étapes ouvertes de mes espaces',
  'my.weighted': 'Pondéré : {amount}',
  'my.nothingOpen': 'Rien d’ouvert pour l’instant.',
  'my.spaces': 'Mes espaces',
};
