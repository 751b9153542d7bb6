import { Field, Input } from '@fluentui/react-components';
import type { z } from 'zod';
import { FormDialog } from '../../../shell/components/FormDialog';
import { compact } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useCreateForm } from '../hooks/use-create-form';
import type { DetailField } from './DetailsForm';

/** A create form with one input per field, the `extra` values added to what is sent. */
export function CreateRecordDialog<S extends z.ZodType, T>({
  open,
  title,
  fields,
  schema,
  extra,
  create,
  onCreated,
  onClose,
}: {
  open: boolean;
  title: string;
  fields: DetailField[];
  schema: S;
  extra: Record<string, unknown>;
  create: (input: z.output<S>, idempotencyKey: string) => Promise<T>;
  onCreated: (record: T) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { form, mutation, submit } = useCreateForm({
    schema,
    initial: Object.fromEntries(fields.map((f) => [f.name, ''])),
    toInput: (v) => compact({ ...v, ...extra }),
    create,
    onCreated,
  });
  return (
    <FormDialog
      open={open}
      title={title}
      error={mutation.error}
      busy={mutation.isPending}
      submitLabel={t('common.create')}
      onSubmit={submit}
      onClose={onClose}
    >
      {fields.map((f) => (
        <Field
          key={f.name}
          label={f.label}
          required={f.required}
          validationMessage={form.errors[f.name]}
        >
          <Input
            type={f.kind === 'long' || f.kind === 'money' ? 'text' : (f.kind ?? 'text')}
            value={form.values[f.name] ?? ''}
            onChange={(_, d) => form.set(f.name)(d.value)}
          />
        </Field>
      ))}
    </FormDialog>
  );
}
