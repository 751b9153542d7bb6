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
  'duplicates.title': 'Duplikaty',
  'duplicates.intro':
    'Rekordy, które są do siebie podobne. Wybierz rekord, który zostaje, i dla każdego pola wartość, którą zachowa, a potem scal je; albo oznacz parę jako niebędącą duplikatem.',
  'duplicates.type': 'Typ rekordu',
  'duplicates.empty': 'Brak możliwych duplikatów',
  'duplicates.emptyHint': 'Tutaj pojawiają się rekordy oznaczone przy wprowadzeniu.',
  'duplicates.pair': '{a} i {b}',
  'duplicates.survivor': 'Rekord do zachowania',
  'duplicates.keepRecord': 'Zachowaj {name} (utworzono {created})',
  'duplicates.open': 'Otwórz {name}',
  'duplicates.blank': '(puste)',
  'duplicates.merge': 'Scal',
  'duplicates.mergeTitle': 'Scalić te rekordy?',
  'duplicates.mergeBody':
    '„{merged}” zostanie scalony z „{survivor}”: jego historia zostanie tam przeniesiona, a stary link będzie go otwierał. Tego nie można cofnąć.',
  'duplicates.notDuplicate': 'To nie duplikat',
  'duplicates.merged': 'Scalono z {name}.',
  'duplicates.openMerged': 'Otwórz',
};
