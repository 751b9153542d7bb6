import type { Catalog } from './en';
import { shellRo } from '../messages/ro';
import { recordsRo } from '../../features/records/i18n/ro';
import { leadsRo } from '../../features/leads/i18n/ro';
import { duplicatesRo } from '../../features/duplicates/i18n/ro';
import { opportunitiesRo } from '../../features/opportunities/i18n/ro';
import { accountsRo } from '../../features/accounts/i18n/ro';
import { contactsRo } from '../../features/contacts/i18n/ro';
import { configRo } from '../../features/config/i18n/ro';
import { myRo } from '../../features/my/i18n/ro';
import { leadStatsRo } from '../../features/lead-stats/i18n/ro';
import { settingsRo } from '../../features/settings/i18n/ro';
import { notificationsRo } from '../../features/notifications/i18n/ro';
import { importRo } from '../../features/import/i18n/ro';
import { activitiesRo } from '../../features/activities/i18n/ro';
import { tasksRo } from '../../features/tasks/i18n/ro';
import { splitterRo } from '../../features/splitter/i18n/ro';
import { routingRo } from '../../features/routing/i18n/ro';
import { meetingsRo } from '../../features/meetings/i18n/ro';

export const ro: Catalog = {
  ...shellRo,
  ...recordsRo,
  ...leadsRo,
  ...duplicatesRo,
  ...opportunitiesRo,
  ...accountsRo,
  ...contactsRo,
  ...configRo,
  ...myRo,
  ...leadStatsRo,
  ...settingsRo,
  ...notificationsRo,
  ...importRo,
  ...activitiesRo,
  ...tasksRo,
  ...splitterRo,
  ...routingRo,
  ...meetingsRo,
};
