import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { dueAfterWorkingDays, type RecordRef } from '@channel-crm/domain';
import { applyTaskTemplate, listTaskTemplates } from '@channel-crm/domain/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { call } from '../../../shell/api-client';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { taskTemplatesKey } from '../api/activities-api';
import { useActivityChange } from '../hooks/use-activity-change';
import { useTaskTypes } from '../hooks/use-task-types';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: '2px' },
});

/**
 * Applies one of the tenant's task templates to the record: the user picks it, sees its tasks
 * with the due dates they will get, and applies it once (the dialog's idempotency key).
 */
export function ApplyTemplateDialog({
  record,
  onClose,
}: {
  record: RecordRef;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { t, date, dateTime } = useI18n();
  const previewId = useId();
  const types = useTaskTypes();
  const { refresh } = useActivityChange(record);
  const templates = useQuery({
    queryKey: taskTemplatesKey,
    queryFn: ({ signal }) => call(listTaskTemplates, { signal }),
  });
  const [templateId, setTemplateId] = useState('');
  const [opened] = useState(() => ({
    at: new Date().toISOString(),
    key: crypto.randomUUID(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  }));
  const items = templates.data?.items ?? [];
  const template = items.find((item) => item.id === templateId) ?? items[0];
  const apply = useMutation({
    mutationFn: (id: string) =>
      call(applyTaskTemplate, {
        params: { id },
        body: { recordType: record.type, recordId: record.id },
        idempotencyKey: opened.key,
      }),
    onSuccess: () => {
      refresh();
      onClose();
    },
  });

  return (
    <FormDialog
      open
      title={t('activities.applyTemplate')}
      error={apply.error ?? templates.error}
      busy={apply.isPending || templates.isPending}
      submitLabel={t('activities.apply')}
      onSubmit={() => template && apply.mutate(template.id)}
      onClose={onClose}
      contentClassName={styles.content}
    >
      {templates.data && items.length === 0 && <Text>{t('activities.noTemplates')}</Text>}
      {template && (
        <>
          <Field label={t('activities.template')}>
            <Select value={template.id} onChange={(_, d) => setTemplateId(d.value)}>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </Select>
          </Field>
          <Text weight="semibold" id={previewId}>
            {t('activities.templatePreview')}
          </Text>
          <ol className={styles.preview} aria-labelledby={previewId}>
            {template.steps.map((step, index) => {
              const due = dueAfterWorkingDays(
                opened.at,
                step.delayDays,
                opened.timeZone,
                step.time,
              );
              return (
                <li key={index}>
                  <Text>
                    {step.title} · {types.nameOf(step.typeId) ?? step.typeId} ·{' '}
                    {due.allDay ? date(due.dueAt) : dateTime(due.dueAt)}
                  </Text>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </FormDialog>
  );
}
