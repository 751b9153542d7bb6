import type { Messages } from '../../../shell/i18n/message';

export const duplicatesEn = {
  'duplicates.possible': 'Possible duplicate',
  'duplicates.openExisting': 'Open existing',
  'duplicates.hidden': {
    one: '{count} similar record you cannot see; its owner will be told.',
    other: '{count} similar records you cannot see; their owners will be told.',
  },
  'duplicates.createAnyway': 'You can still create this one.',
} as const satisfies Messages;
