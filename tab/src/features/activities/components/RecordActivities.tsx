import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  AddRegular,
  CheckmarkRegular,
  DocumentBulletListRegular,
  TaskListAddRegular,
} from '@fluentui/react-icons';
import type { CompletedActivity, RecordRef, TaskSuggestion } from '@channel-crm/domain';
import { useId, useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useRecordActivities } from '../hooks/use-record-activities';
import { useTaskTypes } from '../hooks/use-task-types';
import { ActivityDialog, type ActivityDialogMode } from './ActivityDialog';
import { ActivityItem } from './ActivityItem';
import { ApplyTemplateDialog } from './ApplyTemplateDialog';
import { PickTaskDialog } from './PickTaskDialog';
import { SuggestedTask } from './SuggestedTask';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  counters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground3 },
});

/**
 * A record's activities above its timeline: counters, quick add (plan or log), then planned
 * ones by due date and done ones newest first. Deals and accounts also add a related task: a
 * new one, or one of the user's planned tasks moved here.
 */
export function RecordActivities({
  record,
  version,
  spaceId,
  relatedTasks,
}: {
  record: RecordRef;
  /** The record's version: its activities are read again when it changes. */
  version: number;
  spaceId: string | undefined;
  relatedTasks?: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  const doneId = useId();
  const {
    query: activities,
    planned,
    counts,
    done,
    loadMoreDone,
  } = useRecordActivities(record.type, record.id, version);
  const types = useTaskTypes();
  const [adding, setAdding] = useState<{ mode: ActivityDialogMode; title: string }>();
  const [applying, setApplying] = useState(false);
  const [picking, setPicking] = useState(false);
  const [suggested, setSuggested] = useState<{ completedId: string; suggestion: TaskSuggestion }>();
  const onCompleted = (completed: CompletedActivity) =>
    setSuggested(
      completed.suggestion && { completedId: completed.id, suggestion: completed.suggestion },
    );

  const now = new Date();

  return (
    <section
      className={styles.root}
      aria-labelledby={headingId}
      aria-busy={activities.isPending || undefined}
    >
      <Subtitle2 as="h3" id={headingId}>
        {t('activities.title')}
      </Subtitle2>
      {counts && (
        <div className={styles.counters} data-counters>
          <Text size={200} className={counts.overdue ? styles.overdue : undefined}>
            {t('activities.overdueCount', { count: counts.overdue })}
          </Text>
          <Text size={200}>{t('activities.todayCount', { count: counts.dueToday })}</Text>
        </div>
      )}
      <div className={styles.buttons}>
        <Button
          size="small"
          icon={<AddRegular />}
          onClick={() => setAdding({ mode: { kind: 'plan' }, title: t('activities.plan') })}
        >
          {t('activities.plan')}
        </Button>
        <Button
          size="small"
          icon={<CheckmarkRegular />}
          onClick={() => setAdding({ mode: { kind: 'log' }, title: t('activities.log') })}
        >
          {t('activities.log')}
        </Button>
        {relatedTasks && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button size="small" icon={<TaskListAddRegular />}>
                {t('activities.relatedTask')}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem
                  onClick={() =>
                    setAdding({
                      mode: { kind: 'plan', preferredKind: 'task' },
                      title: t('activities.relatedTask'),
                    })
                  }
                >
                  {t('activities.createTask')}
                </MenuItem>
                <MenuItem onClick={() => setPicking(true)}>{t('activities.pickExisting')}</MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
        <Button size="small" icon={<DocumentBulletListRegular />} onClick={() => setApplying(true)}>
          {t('activities.applyTemplate')}
        </Button>
      </div>
      {suggested && (
        <SuggestedTask
          key={suggested.completedId}
          record={record}
          spaceId={spaceId}
          {...suggested}
          onDone={() => setSuggested(undefined)}
        />
      )}
      {activities.error && (
        <ErrorState error={activities.error} onRetry={() => void activities.refetch()} />
      )}
      {activities.data && (
        <>
          <Text weight="semibold">{t('activities.planned')}</Text>
          {planned.length === 0 && (
            <Text className={styles.empty}>{t('activities.noPlanned')}</Text>
          )}
          <ul className={styles.list} aria-label={t('activities.planned')}>
            {planned.map((activity) => (
              <ActivityItem
                key={activity.id}
                {...{ activity, record, spaceId, now, onCompleted }}
                typeName={types.nameOf}
              />
            ))}
          </ul>
          <Text weight="semibold" id={doneId}>
            {t('activities.done')}
          </Text>
          {done.length === 0 && <Text className={styles.empty}>{t('activities.noDone')}</Text>}
          <ul className={styles.list} aria-labelledby={doneId}>
            {done.map((activity) => (
              <ActivityItem
                key={activity.id}
                {...{ activity, record, spaceId, now, onCompleted }}
                typeName={types.nameOf}
              />
            ))}
          </ul>
          {loadMoreDone && (
            <div>
              <Button
                size="small"
                appearance="subtle"
                disabledFocusable={activities.isFetchingNextPage}
                onClick={loadMoreDone}
              >
                {t('activities.moreDone')}
              </Button>
            </div>
          )}
        </>
      )}
      {applying && <ApplyTemplateDialog record={record} onClose={() => setApplying(false)} />}
      {picking && <PickTaskDialog record={record} onClose={() => setPicking(false)} />}
      {adding && (
        <ActivityDialog
          record={record}
          spaceId={spaceId}
          mode={adding.mode}
          title={adding.title}
          onClose={() => setAdding(undefined)}
        />
      )}
    </section>
  );
}
