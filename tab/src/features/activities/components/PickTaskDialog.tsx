import {
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  SearchBox,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ActivityView, RecordRef } from '@channel-crm/domain';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { recordKey } from '../../records/api/records-api';
import { changeActivity, fetchMyPlannedTasks, PICKABLE_BUCKETS } from '../api/activities-api';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  list: { maxHeight: '320px', overflowY: 'auto' },
  empty: { color: tokens.colorNeutralForeground3 },
});

/**
 * "Add a related task" by picking one of the user's planned tasks (overdue, today, upcoming;
 * the first page of each, searched by title here): it moves to this record and leaves the one
 * it was on.
 */
export function PickTaskDialog({ record, onClose }: { record: RecordRef; onClose: () => void }) {
  const styles = useStyles();
  const { t, dateTime, date } = useI18n();
  const labelId = useId();
  const queryClient = useQueryClient();
  const buckets = useQueries({
    queries: PICKABLE_BUCKETS.map((bucket) => ({
      queryKey: ['tasks', 'pickable', bucket] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchMyPlannedTasks(bucket, signal),
    })),
  });
  const [search, setSearch] = useState('');
  const [pickedId, setPickedId] = useState<string>();
  const needle = search.trim().toLocaleLowerCase();
  const tasks = buckets
    .flatMap((bucket) => bucket.data?.items ?? [])
    .filter((task) => task.record.recordId !== record.id)
    .filter((task) => task.title.toLocaleLowerCase().includes(needle));
  const picked = tasks.find((task) => task.id === pickedId);
  const move = useMutation({
    mutationFn: (task: ActivityView) =>
      changeActivity(task, { record: { recordType: record.type, recordId: record.id } }),
    onSuccess: (_, task) => {
      void queryClient.invalidateQueries({ queryKey: recordKey(record.type, record.id) });
      if (task.record.recordType !== 'space') {
        void queryClient.invalidateQueries({
          queryKey: recordKey(task.record.recordType, task.record.recordId),
        });
      }
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      onClose();
    },
  });
  const loading = buckets.some((bucket) => bucket.isPending);

  return (
    <FormDialog
      open
      title={t('activities.pickExisting')}
      error={move.error ?? buckets.find((bucket) => bucket.error)?.error}
      busy={move.isPending || loading}
      submitLabel={t('activities.pickSubmit')}
      onSubmit={() => picked && move.mutate(picked)}
      onClose={onClose}
      contentClassName={styles.content}
    >
      <Field label={t('activities.pickSearch')}>
        <SearchBox value={search} onChange={(_, d) => setSearch(d.value)} />
      </Field>
      <Text weight="semibold" id={labelId}>
        {t('activities.pickList')}
      </Text>
      {!loading && tasks.length === 0 && (
        <Text className={styles.empty}>{t('activities.pickNone')}</Text>
      )}
      <RadioGroup
        className={styles.list}
        aria-labelledby={labelId}
        value={picked?.id ?? ''}
        onChange={(_, d) => setPickedId(d.value)}
      >
        {tasks.map((task) => (
          <Radio
            key={task.id}
            value={task.id}
            label={`${task.title} · ${task.record.title} · ${
              task.allDay ? date(task.dueAt) : dateTime(task.dueAt)
            }`}
          />
        ))}
      </RadioGroup>
    </FormDialog>
  );
}
