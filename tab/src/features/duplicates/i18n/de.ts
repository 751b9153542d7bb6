import type { Translation } from '../../../shell/i18n/message';
import type { duplicatesEn } from './en';

export const duplicatesDe: Translation<typeof duplicatesEn> = {
  'duplicates.possible': 'Mögliches Duplikat',
  'duplicates.openExisting': 'Vorhandenen öffnen',
  'duplicates.hidden': {
    one: '{count} ähnlicher Datensatz, den Sie nicht sehen; sein Besitzer wird informiert.',
    other: '{count} ähnliche Datensätze, die Sie nicht sehen; ihre Besitzer werden informiert.',
  },
  'duplicates.createAnyway': 'Sie können diesen trotzdem anlegen.',
};
