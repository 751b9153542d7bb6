import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configFr: Translation<typeof configEn> = {
  'config.title': 'Configurer Channel CRM pour ce canal',
  'config.choose': 'Utiliser un espace existant',
  'config.create': 'Ou créer un nouvel espace',
  'config.spaceName': "Nom de l'espace",
  'config.ready': "Appuyez sur Enregistrer pour ajouter l'onglet.",
};
