import { isRecordId } from '@channel-crm/domain';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { EmptyState } from './components/EmptyState';
import { PageSkeleton } from './components/PageSkeleton';
import { RecordNotFound } from './components/RecordNotFound';
import { RECORD_NOT_FOUND_SECTION } from './start-route';
import { useI18n } from './i18n/I18nProvider';
import { useRoute } from './router';

type Page = LazyExoticComponent<ComponentType<{ id?: string }>>;

const page = <K extends string>(
  load: () => Promise<Record<K, ComponentType<{ id?: string }>>>,
  name: K,
): Page => lazy(() => load().then((m) => ({ default: m[name] })));

const LeadsPage = page(() => import('../features/leads/components/LeadsPage'), 'LeadsPage');
const LeadPage = page(() => import('../features/leads/components/LeadPage'), 'LeadPage');
const LeadStatsPage = page(
  () => import('../features/lead-stats/components/LeadStatsPage'),
  'LeadStatsPage',
);
const BoardPage = page(() => import('../features/opportunities/components/BoardPage'), 'BoardPage');
const OpportunityListPage = page(
  () => import('../features/opportunities/components/OpportunityListPage'),
  'OpportunityListPage',
);
const OpportunityPage = page(
  () => import('../features/opportunities/components/OpportunityPage'),
  'OpportunityPage',
);
const AccountsPage = page(
  () => import('../features/accounts/components/AccountsPage'),
  'AccountsPage',
);
const AccountPage = page(
  () => import('../features/accounts/components/AccountPage'),
  'AccountPage',
);
const ContactsPage = page(
  () => import('../features/contacts/components/ContactsPage'),
  'ContactsPage',
);
const ContactPage = page(
  () => import('../features/contacts/components/ContactPage'),
  'ContactPage',
);
const SettingsPage = page(
  () => import('../features/settings/components/SettingsPage'),
  'SettingsPage',
);
const ConfigPage = page(() => import('../features/config/components/ConfigPage'), 'ConfigPage');
const MyTasksPage = page(() => import('../features/tasks/components/MyTasksPage'), 'MyTasksPage');
const CalendarPage = page(
  () => import('../features/tasks/components/CalendarPage'),
  'CalendarPage',
);
const MyCrmPage = page(() => import('../features/my/components/MyCrmPage'), 'MyCrmPage');
const NotificationsPage = page(
  () => import('../features/notifications/components/NotificationsPage'),
  'NotificationsPage',
);

const ImportPage = page(() => import('../features/import/components/ImportPage'), 'ImportPage');

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
