import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import {
  CreateTaskTemplateInput,
  type TaskTemplate,
  type TaskTemplateStep,
  type TaskType,
} from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import type { FieldErrors } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import {
  createTaskTemplate,
  deleteTaskTemplate,
  taskTemplatesKey,
  updateTaskTemplate,
} from '../api/task-templates-api';
import { DelayDaysField } from './DelayDaysField';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '140px minmax(160px, 2fr) 110px 120px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * One task template: its name and its tasks (type, title, delay in working days, optional
 * time). Without `template` it creates one, once per form (an idempotency key per mount).
 */
export function TemplateEditor({
  template,
  types,
  onCreated,
}: {
  template?: TaskTemplate;
  types: TaskType[];
  onCreated?: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrorText();
  const queryClient = useQueryClient();
  const active = types.filter((type) => type.active);
  const firstType = active[0]?.id ?? 'call';
  const [name, setName] = useState(template?.name ?? '');
  const [steps, setSteps] = useState<TaskTemplateStep[]>(
    template?.steps ?? [{ typeId: firstType, title: '', delayDays: 0 }],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [key] = useState(() => crypto.randomUUID());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: taskTemplatesKey });
  const save = useMutation({
    mutationFn: (input: CreateTaskTemplateInput) =>
      template ? updateTaskTemplate(template, input) : createTaskTemplate(input, key),
    onSuccess: () => {
      refresh();
      onCreated?.();
    },
  });
  const remove = useMutation({
    mutationFn: (existing: TaskTemplate) => deleteTaskTemplate(existing),
    onSuccess: refresh,
  });

  const update = (index: number, patch: Partial<TaskTemplateStep>) =>
    setSteps((all) => all.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  const submit = () => {
    const parsed = CreateTaskTemplateInput.safeParse({ name, steps });
    if (!parsed.success) return setErrors(fieldErrors.fromIssues(parsed.error.issues));
    setErrors({});
    save.mutate(parsed.data);
  };
  const error = save.error ?? remove.error;

  return (
    <div className={styles.root}>
      <Field label={t('settings.taskTemplates.name')} validationMessage={errors.name}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      {steps.map((step, i) => (
        <div key={i} className={styles.row}>
          <Field label={t('settings.taskTemplates.type')}>
            <Select value={step.typeId} onChange={(_, d) => update(i, { typeId: d.value })}>
              {types
                .filter((type) => type.active || type.id === step.typeId)
                .map((type) => (
                  <option key={type.id} value={type.id}>
                    {type.name}
                  </option>
                ))}
            </Select>
          </Field>
          <Field
            label={t('settings.taskTemplates.stepTitle')}
            validationMessage={errors[`steps.${i}.title`]}
          >
            <Input value={step.title} onChange={(_, d) => update(i, { title: d.value })} />
          </Field>
          <DelayDaysField
            label={t('settings.taskTemplates.delay')}
            error={errors[`steps.${i}.delayDays`]}
            value={step.delayDays}
            onChange={(delayDays) => update(i, { delayDays })}
          />
          <Field
            label={t('settings.taskTemplates.time')}
            validationMessage={errors[`steps.${i}.time`]}
          >
            <Input
              type="time"
              value={step.time ?? ''}
              onChange={(_, d) => update(i, { time: d.value === '' ? undefined : d.value })}
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            disabled={steps.length === 1}
            aria-label={t('settings.taskTemplates.removeStep', { name: step.title })}
            onClick={() => setSteps((all) => all.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      {errors.steps && (
        <MessageBar intent="error">
          <MessageBarBody>{errors.steps}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            setSteps((all) => [...all, { typeId: firstType, title: '', delayDays: 1 }])
          }
        >
          {t('settings.taskTemplates.addStep')}
        </Button>
        <Button appearance="primary" onClick={submit} disabled={save.isPending}>
          {template ? t('common.save') : t('settings.taskTemplates.create')}
        </Button>
        {template && (
          <Button
            icon={<DeleteRegular />}
            onClick={() => remove.mutate(template)}
            disabled={remove.isPending}
          >
            {t('settings.taskTemplates.delete', { name: template.name })}
          </Button>
        )}
      </div>
    </div>
  );
}
