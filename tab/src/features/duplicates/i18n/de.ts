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
  'duplicates.title': 'Duplikate',
  'duplicates.intro':
    'Datensätze, die sich ähneln. Wählen Sie den Datensatz, der bleibt, und für jedes Feld den Wert, den er behält, und führen Sie sie dann zusammen – oder markieren Sie das Paar als kein Duplikat.',
  'duplicates.type': 'Datensatztyp',
  'duplicates.empty': 'Keine möglichen Duplikate',
  'duplicates.emptyHint': 'Datensätze, die beim Eingang markiert werden, erscheinen hier.',
  'duplicates.pair': '{a} und {b}',
  'duplicates.survivor': 'Zu behaltender Datensatz',
  'duplicates.keepRecord': '{name} behalten (angelegt am {created})',
  'duplicates.open': '{name} öffnen',
  'duplicates.blank': '(leer)',
  'duplicates.merge': 'Zusammenführen',
  'duplicates.mergeTitle': 'Diese Datensätze zusammenführen?',
  'duplicates.mergeBody':
    '„{merged}“ wird in „{survivor}“ zusammengeführt: Sein Verlauf wandert dorthin, und sein alter Link öffnet ihn. Das lässt sich nicht rückgängig machen.',
  'duplicates.notDuplicate': 'Kein Duplikat',
  'duplicates.merged': 'In {name} zusammengeführt.',
  'duplicates.openMerged': 'Öffnen',
};
