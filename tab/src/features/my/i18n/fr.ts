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
  'my.outOfOffice': 'Absent du bureau',
  'my.outOfOfficeHint':
    'Pendant votre absence, la distribution tournante de vos équipes vous saute et donne les nouveaux leads aux autres.',
  'my.outOfOfficeOn': 'Vous êtes indiqué comme absent.',
  'my.outOfOfficeOff': 'Vous êtes de retour : les nouveaux leads peuvent de nouveau vous parvenir.',
  'my.availability': 'Ma disponibilité',
};
