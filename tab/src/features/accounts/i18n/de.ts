import type { Translation } from '../../../shell/i18n/message';
import type { accountsEn } from './en';

export const accountsDe: Translation<typeof accountsEn> = {
  'accounts.title': 'Accounts',
  'accounts.new': 'Neuer Account',
  'accounts.empty': 'Noch keine Accounts.',
  'accounts.industry': 'Branche',
  'accounts.keyAccount': 'Key Account',
  'accounts.people': 'Personen',
  'accounts.opportunities': 'Verkaufschancen',
  'accounts.manager': 'Kundenbetreuer',
  'accounts.private': 'Privat (nur für mich sichtbar)',
  'accounts.privateCreatorOnly': 'Nur wer das Konto angelegt hat, kann es privat machen.',
  'accounts.visibleIn': 'Sichtbar in',
  'accounts.everySpace': 'Allen Bereichen',
  'accounts.chosenSpaces': 'Ausgewählten Bereichen',
  'accounts.sharing': 'Freigabe',
};
