import { isRecordId } from '@channel-crm/domain';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { EmptyState } from './components/EmptyState';
import { PageSkeleton } from './components/PageSkeleton';
import { RecordNotFound } from './components/RecordNotFound';
import { RECORD_NOT_FOUND_SECTION } from './start-route';
import { loadPageEnglish, type PageEnglishFeature } from './i18n/en';
import { useI18n } from './i18n/I18nProvider';
import { useRoute } from './router';

type Page = LazyExoticComponent<ComponentType<{ id?: string }>>;

/** A page fetched on first visit, with the English only it uses (see `en.ts`). */
const page = <K extends string>(
  load: () => Promise<Record<K, ComponentType<{ id?: string }>>>,
  name: K,
  english: readonly PageEnglishFeature[] = [],
): Page =>
  lazy(async () => {
    const [module] = await Promise.all([load(), loadPageEnglish(english)]);
    return { default: module[name] };
  });

// List pages warn of duplicates while a record is typed.
const LeadsPage = page(() => import('../features/leads/components/LeadsPage'), 'LeadsPage', [
  'leads',
  'duplicates',
  'lead-stats',
]);
// Record pages carry their activities, the notifications feature's mute button and the
// splitter's shares; the board's cards show each deal's next activity. A deal's timeline
// names the meeting a note was written in.
const LeadPage = page(() => import('../features/leads/components/LeadPage'), 'LeadPage', [
  'leads',
  'activities',
  'notifications',
  'splitter',
]);
const BoardPage = page(
  () => import('../features/opportunities/components/BoardPage'),
  'BoardPage',
  ['activities'],
);
const LeadStatsPage = page(
  () => import('../features/lead-stats/components/LeadStatsPage'),
  'LeadStatsPage',
  ['lead-stats'],
);
const OpportunityListPage = page(
  () => import('../features/opportunities/components/OpportunityListPage'),
  'OpportunityListPage',
);
const OpportunityPage = page(
  () => import('../features/opportunities/components/deal-pages'),
  'OpportunityPage',
  ['activities', 'notifications', 'splitter', 'meetings'],
);
const AccountsPage = page(
  () => import('../features/accounts/components/AccountsPage'),
  'AccountsPage',
  ['duplicates'],
);
const AccountPage = page(
  () => import('../features/accounts/components/AccountPage'),
  'AccountPage',
  ['activities'],
);
const ContactsPage = page(
  () => import('../features/contacts/components/ContactsPage'),
  'ContactsPage',
  ['duplicates'],
);
const ContactPage = page(
  () => import('../features/contacts/components/ContactPage'),
  'ContactPage',
  // A contact's page names the lead it was qualified from.
  ['activities', 'leads'],
);
const SettingsPage = page(
  () => import('../features/settings/components/SettingsPage'),
  'SettingsPage',
  ['settings', 'tasks', 'splitter', 'routing'],
);
const ConfigPage = page(() => import('../features/config/components/ConfigPage'), 'ConfigPage', [
  'config',
]);
const MyTasksPage = page(() => import('../features/tasks/components/MyTasksPage'), 'MyTasksPage', [
  'tasks',
]);
const CalendarPage = page(
  () => import('../features/tasks/components/CalendarPage'),
  'CalendarPage',
  ['tasks'],
);
const MyCrmPage = page(() => import('../features/my/components/MyCrmPage'), 'MyCrmPage', [
  'my',
  'tasks',
]);
const NotificationsPage = page(
  () => import('../features/notifications/components/NotificationsPage'),
  'NotificationsPage',
  ['notifications'],
);

const DuplicatesPage = page(
  () => import('../features/duplicates/components/DuplicatesPage'),
  'DuplicatesPage',
  ['duplicates', 'leads'],
);
const ImportPage = page(() => import('../features/import/components/ImportPage'), 'ImportPage', [
  'import',
]);

const MeetingPanelPage = page(
  () => import('../features/opportunities/components/deal-pages'),
  'MeetingPanelPage',
  ['meetings'],
);

const LISTS: Record<string, Page> = {
  leads: LeadsPage,
  opportunities: BoardPage,
  accounts: AccountsPage,
  contacts: ContactsPage,
  settings: SettingsPage,
  config: ConfigPage,
  my: MyCrmPage,
  tasks: MyTasksPage,
  notifications: NotificationsPage,
  import: ImportPage,
  duplicates: DuplicatesPage,
  meeting: MeetingPanelPage,
};

const RECORDS: Record<string, Page> = {
  leads: LeadPage,
  opportunities: OpportunityPage,
  accounts: AccountPage,
  contacts: ContactPage,
};

type Resolved = { Page: Page; id?: string } | 'no-page' | 'no-record';

function resolve(segments: string[]): Resolved {
  const [section = 'leads', id] = segments;
  if (section === 'opportunities' && id === 'list') return { Page: OpportunityListPage };
  if (section === 'tasks' && id === 'calendar') return { Page: CalendarPage };
  if (section === 'leads' && id === 'stats') return { Page: LeadStatsPage };
  if (!id) return LISTS[section] ? { Page: LISTS[section] } : 'no-page';
  const Page = RECORDS[section];
  if (!Page) return section === RECORD_NOT_FOUND_SECTION ? 'no-record' : 'no-page';
  return isRecordId(id) ? { Page, id } : 'no-record';
}

export function RouteView() {
  const route = useRoute();
  const { t } = useI18n();
  const found = resolve(route.segments);
  if (found === 'no-page') return <EmptyState title={t('app.notFound')} />;
  if (found === 'no-record') return <RecordNotFound />;
  const { Page, id } = found;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Page key={route.path} {...(id ? { id } : {})} />
    </Suspense>
  );
}
