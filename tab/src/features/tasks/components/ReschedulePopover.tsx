import {
  Button,
  Field,
  Input,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarEditRegular } from '@fluentui/react-icons';
import type { ActivityView } from '@channel-crm/domain';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { fromLocalInput, toLocalInput } from '../calendar-range';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'end' },
});

/** A new due date and time for a task, typed or picked in the browser's own date picker. */
export function ReschedulePopover({
  task,
  onReschedule,
}: {
  task: ActivityView;
  onReschedule: (dueAt: string) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(() => toLocalInput(task.dueAt, task.allDay));
  const dueAt = fromLocalInput(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dueAt) return;
    setOpen(false);
    if (dueAt !== new Date(task.dueAt).toISOString()) onReschedule(dueAt);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) setValue(toLocalInput(task.dueAt, task.allDay));
      }}
      trapFocus
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<CalendarEditRegular />}
          aria-label={t('tasks.reschedule', { title: task.title })}
          title={t('tasks.rescheduleShort')}
        />
      </PopoverTrigger>
      <PopoverSurface aria-label={t('tasks.reschedule', { title: task.title })}>
        <form className={styles.form} onSubmit={submit}>
          <Field
            label={task.allDay ? t('tasks.dueDay') : t('tasks.dueAt')}
            validationMessage={dueAt ? undefined : t('tasks.badDate')}
          >
            <Input
              type={task.allDay ? 'date' : 'datetime-local'}
              value={value}
              onChange={(_, data) => setValue(data.value)}
            />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button type="submit" appearance="primary" disabled={!dueAt}>
              {t('tasks.move')}
            </Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
