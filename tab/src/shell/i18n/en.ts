import type { Translation } from './message';
import { shellEn } from '../messages/en';
import { recordsEn } from '../../features/records/i18n/en';
import { leadsEn } from '../../features/leads/i18n/en';
import { duplicatesEn } from '../../features/duplicates/i18n/en';
import { opportunitiesEn } from '../../features/opportunities/i18n/en';
import { accountsEn } from '../../features/accounts/i18n/en';
import { contactsEn } from '../../features/contacts/i18n/en';
import { configEn } from '../../features/config/i18n/en';
import { myEn } from '../../features/my/i18n/en';
import { settingsEn } from '../../features/settings/i18n/en';
import { notificationsEn } from '../../features/notifications/i18n/en';
import { importEn } from '../../features/import/i18n/en';
import { activitiesEn } from '../../features/activities/i18n/en';
import { tasksEn } from '../../features/tasks/i18n/en';
import { routingEn } from '../../features/routing/i18n/en';

/** English, bundled with the app: every message key, composed of each feature's messages. */
export const en = {
  ...shellEn,
  ...recordsEn,
  ...leadsEn,
  ...duplicatesEn,
  ...opportunitiesEn,
  ...accountsEn,
  ...contactsEn,
  ...configEn,
  ...myEn,
  ...settingsEn,
  ...notificationsEn,
  ...importEn,
  ...activitiesEn,
  ...tasksEn,
  ...routingEn,
};

export type MessageKey = keyof typeof en;

/** Every language's catalog: English's keys, plural where English is. */
export type Catalog = Translation<typeof en>;

export const isMessageKey = (key: string): key is MessageKey => key in en;
