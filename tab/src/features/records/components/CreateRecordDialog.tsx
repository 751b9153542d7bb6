import { Field, Input } from '@fluentui/react-components';
import { DuplicateCheckInput } from '@channel-crm/domain';
import type { z } from 'zod';
import { FormDialog } from '../../../shell/components/FormDialog';
import { compact } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';
import { DuplicateWarning } from '../../duplicates/components/DuplicateWarning';
import { useDuplicateCheck } from '../../duplicates/hooks/use-duplicate-check';
import { useCreateForm } from '../hooks/use-create-form';
import type { DetailField } from './DetailsForm';

/** What a create dialog checks its draft against while the user types, and where a match opens. */
export type DuplicateCheckOf = {
  type: 'contact' | 'account';
  spaceId: string | undefined;
  path: (id: string) => string;
};

/** The dialog's values as a draft to check, once they make a valid one. */
function draftOf(values: Record<string, string>, check: DuplicateCheckOf | undefined) {
  if (!check) return undefined;
  const parsed = DuplicateCheckInput.safeParse(
    compact({ ...values, type: check.type, spaceId: check.spaceId }),
  );
  return parsed.success ? parsed.data : undefined;
}

/**
 * A create form with one input per field, the `extra` values added to what is sent; with
 * `duplicateCheck`, possible duplicates are shown above the fields as the user types.
 */
export function CreateRecordDialog<S extends z.ZodType, T>({
  open,
  title,
  fields,
  schema,
  extra,
  create,
  onCreated,
  onClose,
  duplicateCheck,
}: {
  open: boolean;
  title: string;
  fields: DetailField[];
  schema: S;
  extra: Record<string, unknown>;
  create: (input: z.output<S>, idempotencyKey: string) => Promise<T>;
  onCreated: (record: T) => void;
  onClose: () => void;
  duplicateCheck?: DuplicateCheckOf;
}) {
  const { t } = useI18n();
  const { form, mutation, submit } = useCreateForm({
    schema,
    initial: Object.fromEntries(fields.map((f) => [f.name, ''])),
    toInput: (v) => compact({ ...v, ...extra }),
    create,
    onCreated,
  });
  const duplicates = useDuplicateCheck(open ? draftOf(form.values, duplicateCheck) : undefined);
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
      {duplicateCheck && (
        <DuplicateWarning
          result={duplicates}
          onOpen={(id) => {
            onClose();
            navigate(duplicateCheck.path(id));
          }}
        />
      )}
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
