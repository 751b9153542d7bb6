import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configRo: Translation<typeof configEn> = {
  'config.title': 'Configurați Channel CRM pentru acest canal',
  'config.choose': 'Folosiți un spațiu existent',
  'config.create': 'Sau creați un spațiu nou',
  'config.spaceName': 'Numele spațiului',
  'config.ready': 'Apăsați Salvare pentru a adăuga fila.',
};
