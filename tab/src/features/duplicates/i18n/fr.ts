import type { Translation } from '../../../shell/i18n/message';
import type { duplicatesEn } from './en';

export const duplicatesFr: Translation<typeof duplicatesEn> = {
  'duplicates.possible': 'Doublon possible',
  'duplicates.openExisting': 'Ouvrir l’existant',
  'duplicates.hidden': {
    one: '{count} fiche similaire que vous ne voyez pas ; son propriétaire sera prévenu.',
    many: '{count} de fiches similaires que vous ne voyez pas ; leurs propriétaires seront prévenus.',
    other: '{count} fiches similaires que vous ne voyez pas ; leurs propriétaires seront prévenus.',
  },
  'duplicates.createAnyway': 'Vous pouvez tout de même la créer.',
};
