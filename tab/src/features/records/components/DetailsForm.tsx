import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import { compact, type FieldErrors } from '../../../shell/forms/use-zod-form';
import { isApiError } from '../../../shell/api-error';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { Changes } from '../hooks/use-record-save';
import { ContactDataLink } from './ContactDataLink';

export type DetailField = {
  name: string;
  label: string;
  kind?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'money' | 'long';
  required?: boolean;
};

type Values = Record<string, string>;

const toText = (record: Record<string, unknown>, f: DetailField): string => {
  const value = record[f.name];
  if (f.kind === 'money') {
    const money = value as { amount: number } | undefined;
    return money ? String(money.amount / 100) : '';
  }
  return value === undefined || value === null ? '' : String(value);
};

/**
 * The record's fields as inline inputs; Save sends only what changed, validated by the
 * domain's update schema (errors inline per field, the API's 400 too).
 */
export function DetailsForm({
  record,
  fields,
  schema,
  currency,
  disabled,
  saving,
  serverError,
  onSave,
}: {
  record: Record<string, unknown>;
  fields: DetailField[];
  schema: z.ZodType;
  currency?: string;
  disabled?: boolean;
  saving: boolean;
  serverError?: unknown;
  onSave: (changes: Changes) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const initial = () => Object.fromEntries(fields.map((f) => [f.name, toText(record, f)]));
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = useFieldErrorText();
  const version = record.version;

  useEffect(() => {
    setValues(initial());
  }, [version]); // only a new version of the record resets the inputs

  useEffect(() => {
    if (isApiError(serverError) && serverError.kind === 'validation')
      setErrors(fieldErrors.fromProblem(serverError));
  }, [serverError]);

  const changed = fields.filter((f) => values[f.name] !== toText(record, f));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const raw: Record<string, unknown> = {};
    for (const f of changed) {
      const text = values[f.name] ?? '';
      raw[f.name] =
        f.kind === 'money'
          ? text === ''
            ? undefined
            : {
                amount: Math.round(Number(text.replace(',', '.')) * 100),
                currency: currency ?? 'EUR',
              }
          : text;
    }
    const parsed = schema.safeParse(compact(raw));
    if (!parsed.success) return setErrors(fieldErrors.fromIssues(parsed.error.issues));
    setErrors({});
    onSave(parsed.data as Changes);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('record.details')}>
      {fields.map((f) => {
        const error = errors[f.name] ?? errors[`${f.name}.amount`];
        const common = {
          name: f.name,
          value: values[f.name] ?? '',
          disabled,
          appearance: 'filled-darker' as const,
        };
        return (
          <Field
            key={f.name}
            label={f.kind === 'money' && currency ? `${f.label} (${currency})` : f.label}
            required={f.required}
            validationMessage={error}
            orientation="vertical"
            hint={
              f.kind === 'email' || f.kind === 'tel' || f.kind === 'url' ? (
                <ContactDataLink kind={f.kind} value={toText(record, f)} />
              ) : undefined
            }
          >
            {f.kind === 'long' ? (
              <Textarea
                {...common}
                resize="vertical"
                onChange={(_, d) => setValues((v) => ({ ...v, [f.name]: d.value }))}
              />
            ) : (
              <Input
                {...common}
                type={f.kind === 'money' ? 'text' : (f.kind ?? 'text')}
                inputMode={f.kind === 'money' ? 'decimal' : undefined}
                onChange={(_, d) => setValues((v) => ({ ...v, [f.name]: d.value }))}
              />
            )}
          </Field>
        );
      })}
      {!disabled && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            type="submit"
            disabledFocusable={changed.length === 0 || saving}
          >
            {saving ? t('common.saving') : t('common.save')}
          </Button>
          {changed.length > 0 && (
            <Button onClick={() => setValues(initial())}>{t('common.cancel')}</Button>
          )}
        </div>
      )}
    </form>
  );
}

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});
