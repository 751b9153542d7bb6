import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { listPipelines, pipelinesKey } from '../../opportunities/api/opportunities-api';
import { useUsers } from '../../users/hooks/use-users';
import { ApiKeysPanel } from './ApiKeysPanel';
import { DeadLettersPanel } from './DeadLettersPanel';
import { MembersEditor } from './MembersEditor';
import { NewPipelineDialog } from './NewPipelineDialog';
import { PipelineEditor } from './PipelineEditor';
import { TaskSettingsPanel } from './TaskSettingsPanel';
import { TaskTypesPanel } from './TaskTypesPanel';
import { WebFormsPanel } from './WebFormsPanel';
import { LeadSplitterPanel } from '../../splitter/components/LeadSplitterPanel';
import { AssignmentRulesPanel } from '../../routing/components/AssignmentRulesPanel';
import { SalesTeamsPanel } from '../../routing/components/SalesTeamsPanel';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '900px' },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXL,
  },
});

export function SettingsPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { me, space } = useSpace();
  const { users, nameOf } = useUsers();
  const [tab, setTab] = useState<
    | 'pipelines'
    | 'members'
    | 'taskTypes'
    | 'tasks'
    | 'inbound'
    | 'splitter'
    | 'routing'
    | 'deadLetters'
  >('pipelines');
  const [creating, setCreating] = useState(false);
  const pipelines = useQuery({
    queryKey: pipelinesKey(space?.id ?? ''),
    queryFn: ({ signal }) => listPipelines(space!.id, signal),
    enabled: Boolean(space) && me.role === 'admin',
  });
  if (me.role !== 'admin')
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('settings.adminOnly')}</MessageBarBody>
      </MessageBar>
    );
  return (
    <div className={styles.page}>
      <Title3 as="h1">{t('settings.title')}</Title3>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)}>
        <Tab value="pipelines">{t('settings.pipelines')}</Tab>
        <Tab value="members">{t('settings.members')}</Tab>
        <Tab value="taskTypes">{t('taskSettings.types')}</Tab>
        <Tab value="tasks">{t('settings.tasks')}</Tab>
        {space && <Tab value="inbound">{t('settings.inbound')}</Tab>}
        {space && <Tab value="routing">{t('routing.tab')}</Tab>}
        {space && <Tab value="splitter">{t('splitter.tab')}</Tab>}
        <Tab value="deadLetters">{t('deadLetters.title')}</Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel">
        {tab === 'members' ? (
          <MembersEditor users={users} />
        ) : tab === 'tasks' ? (
          <TaskSettingsPanel />
        ) : tab === 'inbound' && space ? (
          <>
            <ApiKeysPanel spaceId={space.id} />
            <WebFormsPanel spaceId={space.id} />
          </>
        ) : tab === 'routing' && space ? (
          <>
            <SalesTeamsPanel spaceId={space.id} />
            <AssignmentRulesPanel spaceId={space.id} />
          </>
        ) : tab === 'splitter' && space ? (
          <LeadSplitterPanel spaceId={space.id} />
        ) : tab === 'deadLetters' ? (
          <DeadLettersPanel nameOf={nameOf} />
        ) : tab === 'taskTypes' ? (
          <TaskTypesPanel />
        ) : pipelines.isPending ? (
          <PageSkeleton rows={4} />
        ) : pipelines.error ? (
          <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} />
        ) : (
          <>
            <div>
              <Button icon={<AddRegular />} onClick={() => setCreating(true)}>
                {t('settings.newPipeline')}
              </Button>
            </div>
            {pipelines.data.length === 0 ? (
              <EmptyState title={t('opportunities.noPipeline')} />
            ) : (
              pipelines.data.map((p) => (
                <PipelineEditor key={`${p.id}:${p.version}`} pipeline={p} />
              ))
            )}
          </>
        )}
      </div>
      {space && (
        <NewPipelineDialog spaceId={space.id} open={creating} onClose={() => setCreating(false)} />
      )}
    </div>
  );
}
