import type { Catalog } from './en';
import { shellDe } from '../messages/de';
import { recordsDe } from '../../features/records/i18n/de';
import { leadsDe } from '../../features/leads/i18n/de';
import { duplicatesDe } from '../../features/duplicates/i18n/de';
import { opportunitiesDe } from '../../features/opportunities/i18n/de';
import { accountsDe } from '../../features/accounts/i18n/de';
import { contactsDe } from '../../features/contacts/i18n/de';
import { configDe } from '../../features/config/i18n/de';
import { myDe } from '../../features/my/i18n/de';
import { leadStatsDe } from '../../features/lead-stats/i18n/de';
import { settingsDe } from '../../features/settings/i18n/de';
import { notificationsDe } from '../../features/notifications/i18n/de';
import { importDe } from '../../features/import/i18n/de';
import { activitiesDe } from '../../features/activities/i18n/de';
import { tasksDe } from '../../features/tasks/i18n/de';
import { splitterDe } from '../../features/splitter/i18n/de';
import { routingDe } from '../../features/routing/i18n/de';
import { meetingsDe } from '../../features/meetings/i18n/de';

export const de: Catalog = {
  ...shellDe,
  ...recordsDe,
  ...leadsDe,
  ...duplicatesDe,
  ...opportunitiesDe,
  ...accountsDe,
  ...contactsDe,
  ...configDe,
  ...myDe,
  ...leadStatsDe,
  ...settingsDe,
  ...notificationsDe,
  ...importDe,
  ...activitiesDe,
  ...tasksDe,
  ...splitterDe,
  ...routingDe,
  ...meetingsDe,
};
