import type { Messages } from '../../../shell/i18n/message';

export const duplicatesEn = {
  'duplicates.possible': 'Possible duplicate',
  'duplicates.openExisting': 'Open existing',
  'duplicates.hidden': {
    one: '{count} similar record you cannot see; its owner will be told.',
    other: '{count} similar records you cannot see; their owners will be told.',
  },
  'duplicates.createAnyway': 'You can still create this one.',
  'duplicates.title': 'Duplicates',
  'duplicates.intro':
    'Records that look alike. Choose the record to keep and, for each field, the value it keeps, then merge; or mark the pair as not a duplicate.',
  'duplicates.type': 'Record type',
  'duplicates.empty': 'No possible duplicates',
  'duplicates.emptyHint': 'Records flagged as they come in are listed here.',
  'duplicates.pair': '{a} and {b}',
  'duplicates.survivor': 'Record to keep',
  'duplicates.keepRecord': 'Keep {name} (created {created})',
  'duplicates.open': 'Open {name}',
  'duplicates.blank': '(empty)',
  'duplicates.merge': 'Merge',
  'duplicates.mergeTitle': 'Merge these records?',
  'duplicates.mergeBody':
    '“{merged}” will be merged into “{survivor}”: its history moves there and its old link opens it. This cannot be undone.',
  'duplicates.notDuplicate': 'Not a duplicate',
  'duplicates.merged': 'Merged into {name}.',
  'duplicates.openMerged': 'Open it',
} as const satisfies Messages;
