import type { Translation } from '../../../shell/i18n/message';
import type { duplicatesEn } from './en';

export const duplicatesRo: Translation<typeof duplicatesEn> = {
  'duplicates.possible': 'Posibil duplicat',
  'duplicates.openExisting': 'Deschide existentul',
  'duplicates.hidden': {
    one: '{count} înregistrare similară pe care nu o vedeți; proprietarul ei va fi anunțat.',
    few: '{count} înregistrări similare pe care nu le vedeți; proprietarii lor vor fi anunțați.',
    other:
      '{count} de înregistrări similare pe care nu le vedeți; proprietarii lor vor fi anunțați.',
  },
  'duplicates.createAnyway': 'O puteți crea totuși.',
};
