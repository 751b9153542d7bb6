import type { Translation } from '../../../shell/i18n/message';
import type { duplicatesEn } from './en';

export const duplicatesPl: Translation<typeof duplicatesEn> = {
  'duplicates.possible': 'Możliwy duplikat',
  'duplicates.openExisting': 'Otwórz istniejący',
  'duplicates.hidden': {
    one: '{count} podobny rekord, którego nie widzisz; jego właściciel zostanie powiadomiony.',
    few: '{count} podobne rekordy, których nie widzisz; ich właściciele zostaną powiadomieni.',
    many: '{count} podobnych rekordów, których nie widzisz; ich właściciele zostaną powiadomieni.',
    other: '{count} podobnego rekordu, którego nie widzisz; właściciele zostaną powiadomieni.',
  },
  'duplicates.createAnyway': 'Nadal możesz go utworzyć.',
};
