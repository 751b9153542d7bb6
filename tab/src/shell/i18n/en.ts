import type { Translation } from './message';
import { shellEn } from '../messages/en';
import { recordsEn } from '../../features/records/i18n/en';
import { opportunitiesEn } from '../../features/opportunities/i18n/en';
import { accountsEn } from '../../features/accounts/i18n/en';
import { contactsEn } from '../../features/contacts/i18n/en';

/** English every screen may need, bundled with the app. */
const bundledEn = {
  ...shellEn,
  ...recordsEn,
  ...opportunitiesEn,
  ...accountsEn,
  ...contactsEn,
};

/**
 * English only a feature's own pages use: each feature's messages are a chunk of their own,
 * fetched with the page that needs them (`RouteView`), so the app does not carry them up
 * front. Their keys must not be used outside those pages: the bundle test checks that none is
 * in the initial JavaScript.
 */
export const PAGE_ENGLISH = {
  settings: () => import('../../features/settings/i18n/en').then((m) => m.settingsEn),
  tasks: () => import('../../features/tasks/i18n/en').then((m) => m.tasksEn),
  my: () => import('../../features/my/i18n/en').then((m) => m.myEn),
  notifications: () =>
    import('../../features/notifications/i18n/en').then((m) => m.notificationsEn),
  import: () => import('../../features/import/i18n/en').then((m) => m.importEn),
  config: () => import('../../features/config/i18n/en').then((m) => m.configEn),
  splitter: () => import('../../features/splitter/i18n/en').then((m) => m.splitterEn),
  duplicates: () => import('../../features/duplicates/i18n/en').then((m) => m.duplicatesEn),
  activities: () => import('../../features/activities/i18n/en').then((m) => m.activitiesEn),
  leads: () => import('../../features/leads/i18n/en').then((m) => m.leadsEn),
  routing: () => import('../../features/routing/i18n/en').then((m) => m.routingEn),
  'lead-stats': () => import('../../features/lead-stats/i18n/en').then((m) => m.leadStatsEn),
  meetings: () => import('../../features/meetings/i18n/en').then((m) => m.meetingsEn),
};
export type PageEnglishFeature = keyof typeof PAGE_ENGLISH;
type PageEnglishOf<F extends PageEnglishFeature> = Awaited<ReturnType<(typeof PAGE_ENGLISH)[F]>>;
type PageEnglish = PageEnglishOf<'settings'> &
  PageEnglishOf<'tasks'> &
  PageEnglishOf<'my'> &
  PageEnglishOf<'notifications'> &
  PageEnglishOf<'import'> &
  PageEnglishOf<'config'> &
  PageEnglishOf<'splitter'> &
  PageEnglishOf<'duplicates'> &
  PageEnglishOf<'activities'> &
  PageEnglishOf<'lead-stats'> &
  PageEnglishOf<'leads'> &
  PageEnglishOf<'routing'> &
  PageEnglishOf<'meetings'>;

/**
 * English: the bundled messages, and the page English of every page loaded so far. It is typed
 * with every key, so pages' messages are checked like the rest; `RouteView` adds a page's
 * English before the page renders.
 */
export const en = bundledEn as typeof bundledEn & PageEnglish;

/** Fetches the English of `features` and adds it to `en`. */
export async function loadPageEnglish(features: readonly PageEnglishFeature[]): Promise<void> {
  const catalogs = await Promise.all(features.map((feature) => PAGE_ENGLISH[feature]()));
  for (const catalog of catalogs) Object.assign(en, catalog);
}

export type MessageKey = keyof typeof en;

/** Every language's catalog: English's keys, plural where English is. */
export type Catalog = Translation<typeof en>;

export const isMessageKey = (key: string): key is MessageKey => key in en;
