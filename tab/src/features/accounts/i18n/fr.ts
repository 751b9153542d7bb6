import type { Translation } from '../../../shell/i18n/message';
import type { accountsEn } from './en';

export const accountsFr: Translation<typeof accountsEn> = {
  'accounts.title': 'Comptes',
  'accounts.new': 'Nouveau compte',
  'accounts.empty': 'Aucun compte pour le moment.',
  'accounts.industry': 'Secteur',
  'accounts.keyAccount': 'Compte clé',
  'accounts.people': 'Personnes',
  'accounts.opportunities': 'Opportunités',
  'accounts.manager': 'Responsable du compte',
  'accounts.private': 'Privé (visible par moi seul)',
  'accounts.privateCreatorOnly': 'Seul le créateur du compte peut le rendre privé.',
  'accounts.visibleIn': 'Visible dans',
  'accounts.everySpace': 'Tous les espaces',
  'accounts.chosenSpaces': 'Espaces choisis',
  'accounts.sharing': 'Partage',
};
