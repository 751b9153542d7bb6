import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { ActivityKind, ActivityView, RecordRef, TaskSuggestion } from '@channel-crm/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../shell/api-error';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import type { FieldErrors } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { MemberSelect } from '../../records/components/MemberSelect';
import { addActivity, changeActivity } from '../api/activities-api';
import { useActivityChange } from '../hooks/use-activity-change';
import { useTaskTypes } from '../hooks/use-task-types';
import { fromLocalInputs, nextFullHour, toLocalInputs } from './local-inputs';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  when: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** Plan a new activity, log a done one, edit one, or only move its due date. */
export type ActivityDialogMode =
  | { kind: 'plan'; preferredKind?: ActivityKind; suggestion?: TaskSuggestion }
  | { kind: 'log' }
  | { kind: 'edit'; activity: ActivityView }
  | { kind: 'reschedule'; activity: ActivityView };

const SUBMIT = {
  plan: 'activities.planSubmit',
  log: 'activities.logSubmit',
  edit: 'activities.save',
  reschedule: 'activities.save',
} as const;

export function ActivityDialog({
  record,
  spaceId,
  mode,
  title: dialogTitle,
  onClose,
}: {
  record: RecordRef;
  /** Whose members may be assigned: the record's space, the current one for accounts and contacts. */
  spaceId: string | undefined;
  mode: ActivityDialogMode;
  title: string;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { me } = useSpace();
  const types = useTaskTypes();
  const fieldErrors = useFieldErrorText();
  const { refresh } = useActivityChange(record);
  const existing = mode.kind === 'edit' || mode.kind === 'reschedule' ? mode.activity : undefined;
  // What the form starts from: the activity, the suggested task, or a new one.
  const given = existing ?? (mode.kind === 'plan' ? mode.suggestion : undefined);
  const start = toLocalInputs(
    given?.dueAt ?? (mode.kind === 'log' ? new Date().toISOString() : nextFullHour(new Date())),
  );
  const [typeId, setTypeId] = useState(given?.typeId ?? '');
  const [title, setTitle] = useState(given?.title ?? '');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [allDay, setAllDay] = useState(given?.allDay ?? false);
  const [duration, setDuration] = useState(String(existing?.durationMinutes ?? 30));
  const [assigneeId, setAssigneeId] = useState(existing?.assigneeId ?? me.id);
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const wanted: ActivityKind | undefined =
    mode.kind === 'log' ? 'call' : mode.kind === 'plan' ? mode.preferredKind : undefined;
  const chosenType =
    typeId || (types.active.find((type) => type.kind === wanted) ?? types.active[0])?.id || '';
  const offered =
    existing && !types.active.some((type) => type.id === existing.typeId)
      ? [{ id: existing.typeId, name: types.nameOf(existing.typeId) ?? existing.typeId }]
      : [];

  const save = useMutation({
    mutationFn: () => {
      const dueAt = fromLocalInputs(date, time, allDay);
      if (mode.kind === 'reschedule') return changeActivity(mode.activity, { dueAt, allDay });
      const fields = {
        typeId: chosenType,
        title: title.trim(),
        dueAt,
        allDay,
        durationMinutes: duration.trim() === '' ? undefined : Number(duration),
        assigneeId,
      };
      if (mode.kind === 'edit')
        return changeActivity(mode.activity, { ...fields, notes: notes.trim() || null });
      return addActivity(
        {
          ...fields,
          notes: notes.trim() || undefined,
          recordType: record.type,
          recordId: record.id,
          done: mode.kind === 'log' || undefined,
        },
        idempotencyKey,
      );
    },
    onSuccess: () => {
      refresh();
      onClose();
    },
    onError: (error) => {
      setIdempotencyKey(crypto.randomUUID());
      setErrors(
        isApiError(error) && error.kind === 'validation' ? fieldErrors.fromProblem(error) : {},
      );
    },
  });
  const shownError = Object.keys(errors).length ? undefined : save.error;
  const whenOnly = mode.kind === 'reschedule';

  return (
    <FormDialog
      open
      title={dialogTitle}
      error={shownError}
      busy={save.isPending}
      submitLabel={t(SUBMIT[mode.kind])}
      onSubmit={() => save.mutate()}
      onClose={onClose}
      contentClassName={styles.content}
    >
      {!whenOnly && (
        <>
          <Field label={t('activities.type')} validationMessage={errors.typeId}>
            <Select value={chosenType} onChange={(_, d) => setTypeId(d.value)}>
              {[...offered, ...types.active].map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('activities.fieldTitle')} required validationMessage={errors.title}>
            <Input autoFocus value={title} maxLength={200} onChange={(_, d) => setTitle(d.value)} />
          </Field>
        </>
      )}
      <div className={styles.when}>
        <Field label={t('activities.date')} required validationMessage={errors.dueAt}>
          <Input
            type="date"
            autoFocus={whenOnly}
            value={date}
            onChange={(_, d) => setDate(d.value)}
          />
        </Field>
        {!allDay && (
          <Field label={t('activities.time')}>
            <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
          </Field>
        )}
        <Checkbox
          label={t('activities.allDay')}
          checked={allDay}
          onChange={(_, d) => setAllDay(d.checked === true)}
        />
      </div>
      {!whenOnly && (
        <>
          <Field label={t('activities.duration')} validationMessage={errors.durationMinutes}>
            <Input
              type="number"
              min={0}
              step={5}
              value={duration}
              onChange={(_, d) => setDuration(d.value)}
            />
          </Field>
          <MemberSelect
            spaceId={spaceId}
            label={t('activities.assignee')}
            noneLabel={t('common.none')}
            value={assigneeId}
            disabled={false}
            onChange={setAssigneeId}
          />
          <Field label={t('activities.notes')} validationMessage={errors.notes}>
            <Textarea value={notes} maxLength={5000} onChange={(_, d) => setNotes(d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
