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
  'duplicates.title': 'Doublons',
  'duplicates.intro':
    'Des fiches qui se ressemblent. Choisissez la fiche à garder et, pour chaque champ, la valeur qu’elle garde, puis fusionnez ; ou indiquez que la paire n’est pas un doublon.',
  'duplicates.type': 'Type de fiche',
  'duplicates.empty': 'Aucun doublon possible',
  'duplicates.emptyHint': 'Les fiches signalées à leur arrivée apparaissent ici.',
  'duplicates.pair': '{a} et {b}',
  'duplicates.survivor': 'Fiche à garder',
  'duplicates.keepRecord': 'Garder {name} (créée le {created})',
  'duplicates.open': 'Ouvrir {name}',
  'duplicates.blank': '(vide)',
  'duplicates.merge': 'Fusionner',
  'duplicates.mergeTitle': 'Fusionner ces fiches ?',
  'duplicates.mergeBody':
    '« {merged} » sera fusionnée dans « {survivor} » : son historique y est déplacé et son ancien lien l’ouvre. Cette action est définitive.',
  'duplicates.notDuplicate': 'Pas un doublon',
  'duplicates.merged': 'Fusionnée dans {name}.',
  'duplicates.openMerged': 'L’ouvrir',
};
