import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configFr: Translation<typeof configEn> = {
  'config.title': 'Configurer Channel CRM pour ce canal',
  'config.choose': 'Utiliser un espace existant',
  'config.create': 'Ou créer un nouvel espace',
  'config.spaceName': "Nom de l'espace",
  'config.ready': "Appuyez sur Enregistrer pour ajouter l'onglet.",
  'config.show': 'Ce que cet onglet affiche',
  'config.show.space': "Tout l'espace",
  'config.show.pipeline': "Le tableau d'un pipeline",
  'config.show.record': 'Une seule fiche',
  'config.pipeline': 'Pipeline',
  'config.record': 'Fiche',
  'config.recordHint':
    'Recherchez des affaires, pistes, comptes et contacts par nom, société ou e-mail.',
  'config.recordOption': '{name} ({type})',
  'config.type.opportunity': 'Affaire',
  'config.type.lead': 'Piste',
  'config.type.account': 'Compte',
  'config.type.contact': 'Contact',
  'config.kept': "Supprimer l'onglet plus tard conserve l'espace et toutes ses fiches.",
  'config.meeting.title': 'Ajouter Channel CRM à cette réunion',
  'config.meeting.explain':
    "L'onglet et le panneau latéral de la réunion affichent les affaires en cours des comptes dont des contacts sont invités, avec une zone de note pour chaque affaire.",
  'config.meeting.tabName': 'Affaires',
};
