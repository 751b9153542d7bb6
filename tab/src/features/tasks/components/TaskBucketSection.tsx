import {
  Button,
  Skeleton,
  SkeletonItem,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { TaskBucket } from '@channel-crm/domain';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { MessageKey } from '../../../shell/i18n/en';
import type { TaskFilter } from '../api/tasks-api';
import { useTaskBucket } from '../hooks/use-task-bucket';
import { TaskRow, type TaskRowProps } from './TaskRow';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalXS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground2, padding: tokens.spacingVerticalS },
});

const TITLES: Record<TaskBucket, MessageKey> = {
  overdue: 'tasks.overdue',
  today: 'tasks.today',
  upcoming: 'tasks.upcoming',
  done: 'tasks.done',
};

type RowActions = Omit<TaskRowProps, 'task' | 'typeName' | 'overdue' | 'selected'>;

/** A bucket of my tasks with its heading; the done bucket starts collapsed and loads on opening. */
export function TaskBucketSection({
  bucket,
  filter,
  selected,
  typeName,
  ...actions
}: RowActions & {
  bucket: TaskBucket;
  filter: TaskFilter;
  selected: ReadonlySet<string>;
  typeName: (typeId: string) => string;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(bucket !== 'done');
  const { query, tasks } = useTaskBucket(bucket, filter, expanded);
  const headingId = `tasks-${bucket}`;
  const title = t(TITLES[bucket]);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-bucket={bucket}>
      <h2 id={headingId} className={styles.heading}>
        {bucket === 'done' ? (
          <Button
            appearance="transparent"
            icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={expanded}
            onClick={() => setExpanded((open) => !open)}
          >
            {title}
          </Button>
        ) : (
          title
        )}
      </h2>
      {!expanded ? null : query.isPending ? (
        <Skeleton aria-label={t('tasks.loading')}>
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
        </Skeleton>
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : tasks.length === 0 ? (
        <Text className={styles.empty}>{t(`tasks.empty.${bucket}`)}</Text>
      ) : (
        <>
          <ul className={styles.list}>
            {tasks.map((task) => (
              <TaskRow
                key={task.id}
                task={task}
                typeName={typeName(task.typeId)}
                overdue={bucket === 'overdue'}
                selected={selected.has(task.id)}
                {...actions}
              />
            ))}
          </ul>
          {query.hasNextPage && (
            <Button
              appearance="subtle"
              disabled={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              {t('tasks.showMore')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
