import type { Translation } from '../../../shell/i18n/message';
import type { accountsEn } from './en';

export const accountsRo: Translation<typeof accountsEn> = {
  'accounts.title': 'Conturi',
  'accounts.new': 'Cont nou',
  'accounts.empty': 'Încă nu există conturi.',
  'accounts.industry': 'Domeniu de activitate',
  'accounts.keyAccount': 'Cont cheie',
  'accounts.people': 'Persoane',
  'accounts.opportunities': 'Oportunități',
  'accounts.manager': 'Manager de cont',
  'accounts.private': 'Privat (doar eu îl văd)',
  'accounts.privateCreatorOnly': 'Doar cel care a creat contul îl poate face privat.',
  'accounts.visibleIn': 'Vizibil în',
  'accounts.everySpace': 'Toate spațiile',
  'accounts.chosenSpaces': 'Spațiile alese',
  'accounts.sharing': 'Partajare',
};
