import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configPl: Translation<typeof configEn> = {
  'config.title': 'Skonfiguruj Channel CRM dla tego kanału',
  'config.choose': 'Użyj istniejącej przestrzeni',
  'config.create': 'Lub utwórz nową przestrzeń',
  'config.spaceName': 'Nazwa przestrzeni',
  'config.ready': 'Naciśnij Zapisz, aby dodać kartę.',
};
