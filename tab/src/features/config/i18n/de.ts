import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configDe: Translation<typeof configEn> = {
  'config.title': 'Channel CRM für diesen Kanal einrichten',
  'config.choose': 'Vorhandenen Bereich verwenden',
  'config.create': 'Oder neuen Bereich erstellen',
  'config.spaceName': 'Name des Bereichs',
  'config.ready': 'Klicken Sie auf „Speichern“, um den Tab hinzuzufügen.',
};
