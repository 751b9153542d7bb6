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
  'duplicates.title': 'Duplicate',
  'duplicates.intro':
    'Înregistrări care seamănă. Alegeți înregistrarea păstrată și, pentru fiecare câmp, valoarea pe care o păstrează, apoi uniți-le; sau marcați perechea ca nefiind un duplicat.',
  'duplicates.type': 'Tipul înregistrării',
  'duplicates.empty': 'Niciun posibil duplicat',
  'duplicates.emptyHint': 'Aici apar înregistrările marcate la intrare.',
  'duplicates.pair': '{a} și {b}',
  'duplicates.survivor': 'Înregistrarea păstrată',
  'duplicates.keepRecord': 'Păstrează {name} (creat la {created})',
  'duplicates.open': 'Deschide {name}',
  'duplicates.blank': '(gol)',
  'duplicates.merge': 'Unește',
  'duplicates.mergeTitle': 'Uniți aceste înregistrări?',
  'duplicates.mergeBody':
    '„{merged}” va fi unit cu „{survivor}”: istoricul său se mută acolo, iar vechiul link îl deschide. Operația nu poate fi anulată.',
  'duplicates.notDuplicate': 'Nu este duplicat',
  'duplicates.merged': 'Unit cu {name}.',
  'duplicates.openMerged': 'Deschide-l',
};
