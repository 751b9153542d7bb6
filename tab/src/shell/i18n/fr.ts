import type { Catalog } from './en';
import { shellFr } from '../messages/fr';
import { recordsFr } from '../../features/records/i18n/fr';
import { leadsFr } from '../../features/leads/i18n/fr';
import { duplicatesFr } from '../../features/duplicates/i18n/fr';
import { opportunitiesFr } from '../../features/opportunities/i18n/fr';
import { accountsFr } from '../../features/accounts/i18n/fr';
import { contactsFr } from '../../features/contacts/i18n/fr';
import { configFr } from '../../features/config/i18n/fr';
import { myFr } from '../../features/my/i18n/fr';
import { leadStatsFr } from '../../features/lead-stats/i18n/fr';
import { settingsFr } from '../../features/settings/i18n/fr';
import { notificationsFr } from '../../features/notifications/i18n/fr';
import { importFr } from '../../features/import/i18n/fr';
import { activitiesFr } from '../../features/activities/i18n/fr';
import { tasksFr } from '../../features/tasks/i18n/fr';
import { splitterFr } from '../../features/splitter/i18n/fr';
import { routingFr } from '../../features/routing/i18n/fr';
import { meetingsFr } from '../../features/meetings/i18n/fr';

export const fr: Catalog = {
  ...shellFr,
  ...recordsFr,
  ...leadsFr,
  ...duplicatesFr,
  ...opportunitiesFr,
  ...accountsFr,
  ...contactsFr,
  ...configFr,
  ...myFr,
  ...leadStatsFr,
  ...settingsFr,
  ...notificationsFr,
  ...importFr,
  ...activitiesFr,
  ...tasksFr,
  ...splitterFr,
  ...routingFr,
  ...meetingsFr,
};
