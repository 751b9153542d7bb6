import type { Catalog } from './en';
import { shellPl } from '../messages/pl';
import { recordsPl } from '../../features/records/i18n/pl';
import { leadsPl } from '../../features/leads/i18n/pl';
import { duplicatesPl } from '../../features/duplicates/i18n/pl';
import { opportunitiesPl } from '../../features/opportunities/i18n/pl';
import { accountsPl } from '../../features/accounts/i18n/pl';
import { contactsPl } from '../../features/contacts/i18n/pl';
import { configPl } from '../../features/config/i18n/pl';
import { myPl } from '../../features/my/i18n/pl';
import { leadStatsPl } from '../../features/lead-stats/i18n/pl';
import { settingsPl } from '../../features/settings/i18n/pl';
import { notificationsPl } from '../../features/notifications/i18n/pl';
import { importPl } from '../../features/import/i18n/pl';
import { activitiesPl } from '../../features/activities/i18n/pl';
import { tasksPl } from '../../features/tasks/i18n/pl';
import { splitterPl } from '../../features/splitter/i18n/pl';
import { routingPl } from '../../features/routing/i18n/pl';
import { meetingsPl } from '../../features/meetings/i18n/pl';

export const pl: Catalog = {
  ...shellPl,
  ...recordsPl,
  ...leadsPl,
  ...duplicatesPl,
  ...opportunitiesPl,
  ...accountsPl,
  ...contactsPl,
  ...configPl,
  ...myPl,
  ...leadStatsPl,
  ...settingsPl,
  ...notificationsPl,
  ...importPl,
  ...activitiesPl,
  ...tasksPl,
  ...splitterPl,
  ...routingPl,
  ...meetingsPl,
};
