import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { SuggestionRulesInput, type TaskSettings } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import type { FieldErrors } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { saveSuggestionRules, taskSettingsKey } from '../api/task-templates-api';
import { DelayDaysField } from './DelayDaysField';

type RuleDraft = SuggestionRulesInput['rules'][number];

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: '150px 150px 110px minmax(140px, 2fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** "After a task of type X, suggest type Y in N working days": saved as a whole with If-Match. */
export function SuggestionRulesEditor({ settings }: { settings: TaskSettings }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrorText();
  const queryClient = useQueryClient();
  const [rules, setRules] = useState<RuleDraft[]>(settings.suggestionRules);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: SuggestionRulesInput) => saveSuggestionRules(settings, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: taskSettingsKey }),
  });
  const firstType = settings.types.find((type) => type.active)?.id ?? 'call';
  const update = (index: number, patch: Partial<RuleDraft>) =>
    setRules((all) => all.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const submit = () => {
    const parsed = SuggestionRulesInput.safeParse({ rules });
    if (!parsed.success) return setErrors(fieldErrors.fromIssues(parsed.error.issues));
    setErrors({});
    save.mutate(parsed.data);
  };
  const typeOptions = settings.types.map((type) => (
    <option key={type.id} value={type.id}>
      {type.name}
    </option>
  ));

  return (
    <div className={styles.root}>
      <Text>{t('settings.suggestions.hint')}</Text>
      {rules.length === 0 && <Text italic>{t('settings.suggestions.none')}</Text>}
      {rules.map((rule, i) => (
        <div key={rule.id ?? `new-${i}`} className={styles.row}>
          <Field label={t('settings.suggestions.after')}>
            <Select
              value={rule.afterTypeId}
              onChange={(_, d) => update(i, { afterTypeId: d.value })}
            >
              {typeOptions}
            </Select>
          </Field>
          <Field label={t('settings.suggestions.suggest')}>
            <Select
              value={rule.suggestTypeId}
              onChange={(_, d) => update(i, { suggestTypeId: d.value })}
            >
              {typeOptions}
            </Select>
          </Field>
          <DelayDaysField
            label={t('settings.suggestions.delay')}
            error={errors[`rules.${i}.delayDays`]}
            value={rule.delayDays}
            onChange={(delayDays) => update(i, { delayDays })}
          />
          <Field
            label={t('settings.suggestions.taskTitle')}
            validationMessage={errors[`rules.${i}.title`]}
          >
            <Input
              value={rule.title ?? ''}
              onChange={(_, d) => update(i, { title: d.value === '' ? undefined : d.value })}
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('settings.suggestions.remove', { index: i + 1 })}
            onClick={() => setRules((all) => all.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            setRules((all) => [
              ...all,
              { afterTypeId: firstType, suggestTypeId: firstType, delayDays: 2 },
            ])
          }
        >
          {t('settings.suggestions.add')}
        </Button>
        <Button appearance="primary" onClick={submit} disabled={save.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </div>
  );
}
