import {
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Tag,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActivityView, TaskBucket } from '@channel-crm/domain';
import { useCallback, useMemo, useState } from 'react';
import { isApiError } from '../../../shell/api-error';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { TaskFilter } from '../api/tasks-api';
import {
  useBulkComplete,
  useCompleteTask,
  useRescheduleTask,
  type CompletedWithSuggestion,
} from '../hooks/use-task-changes';
import { useTaskTypes } from '../hooks/use-task-types';
import { BulkCompleteBar } from './BulkCompleteBar';
import { SuggestionBar } from './SuggestionBar';
import { TaskBucketSection } from './TaskBucketSection';
import { TasksHeader } from './TasksHeader';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, alignContent: 'start' },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalL,
  },
});

const BUCKETS: TaskBucket[] = ['overdue', 'today', 'upcoming', 'done'];
const ALL_TYPES = '';

/** My tasks by bucket: complete, reschedule or filter inline, select several and complete them. */
export function MyTasksPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { types, typeName } = useTaskTypes();
  const [filter, setFilter] = useState<TaskFilter>({});
  const [recordTitle, setRecordTitle] = useState('');
  const [selected, setSelected] = useState<ReadonlyMap<string, ActivityView>>(new Map());
  const [suggestion, setSuggestion] = useState<CompletedWithSuggestion>();
  const completeTask = useCompleteTask(setSuggestion);
  const rescheduleTask = useRescheduleTask();
  const bulk = useBulkComplete();
  const failure = completeTask.error ?? rescheduleTask.error;

  const onSelect = useCallback((task: ActivityView, on: boolean) => {
    setSelected((before) => {
      const next = new Map(before);
      if (on) next.set(task.id, task);
      else next.delete(task.id);
      return next;
    });
  }, []);
  const { mutate: completeOne } = completeTask;
  const onComplete = useCallback(
    (task: ActivityView) => {
      setSuggestion(undefined);
      completeOne(task);
    },
    [completeOne],
  );
  const { mutate: rescheduleOne } = rescheduleTask;
  const onReschedule = useCallback(
    (task: ActivityView, dueAt: string) => rescheduleOne({ task, dueAt }),
    [rescheduleOne],
  );
  const onFilterRecord = useCallback((task: ActivityView) => {
    const { recordType } = task.record;
    if (recordType === 'space') return;
    setFilter((before) => ({
      ...before,
      record: { type: recordType, id: task.record.recordId },
    }));
    setRecordTitle(task.record.title);
  }, []);
  const selectedIds = useMemo(() => new Set(selected.keys()), [selected]);
  const completeSelected = async () => {
    const failed = await bulk.run([...selected.values()]);
    setSelected(new Map(failed.map((task) => [task.id, task])));
  };

  return (
    <div className={styles.page}>
      <TasksHeader current="list" />
      <div className={styles.filters}>
        <Field label={t('tasks.filterType')}>
          <Dropdown
            value={filter.typeId ? typeName(filter.typeId) : t('tasks.allTypes')}
            selectedOptions={[filter.typeId ?? ALL_TYPES]}
            onOptionSelect={(_, data) => {
              const typeId = data.optionValue || undefined;
              setFilter(({ record }) => ({
                ...(record ? { record } : {}),
                ...(typeId ? { typeId } : {}),
              }));
            }}
          >
            <Option value={ALL_TYPES}>{t('tasks.allTypes')}</Option>
            {types.map((type) => (
              <Option key={type.id} value={type.id}>
                {type.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {filter.record && (
          <Tag
            dismissible
            dismissIcon={{ 'aria-label': t('tasks.clearRecordFilter') }}
            value="record"
            onClick={() => setFilter(({ typeId }) => (typeId ? { typeId } : {}))}
          >
            {t('tasks.onlyRecord', { record: recordTitle })}
          </Tag>
        )}
      </div>
      {suggestion && <SuggestionBar next={suggestion} onClose={() => setSuggestion(undefined)} />}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {isApiError(failure) && failure.kind === 'stale'
              ? t('tasks.conflict')
              : errorText(failure)}
          </MessageBarBody>
        </MessageBar>
      )}
      {(selected.size > 0 || bulk.progress) && (
        <BulkCompleteBar
          count={selected.size}
          progress={bulk.progress}
          onComplete={() => void completeSelected()}
          onClear={() => {
            setSelected(new Map());
            bulk.reset();
          }}
        />
      )}
      {BUCKETS.map((bucket) => (
        <TaskBucketSection
          key={bucket}
          bucket={bucket}
          filter={filter}
          selected={selectedIds}
          typeName={typeName}
          onSelect={onSelect}
          onComplete={onComplete}
          onReschedule={onReschedule}
          onFilterRecord={onFilterRecord}
        />
      ))}
    </div>
  );
}
