import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { useErrorText } from '../../../shell/error-text';
import { compact, useZodForm } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { DetailField } from './DetailsForm';

/** A create form validated by the domain's create schema, sent with an Idempotency-Key. */
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
  const errorText = useErrorText();
  const [key] = useState(() => crypto.randomUUID());
  const form = useZodForm(schema, Object.fromEntries(fields.map((f) => [f.name, ''])), (v) =>
    compact({ ...v, ...extra }),
  );
  const mutation = useMutation({
    mutationFn: (input: z.output<S>) => create(input, key),
    onSuccess: onCreated,
    onError: (e) => form.showServerErrors(e),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (input) mutation.mutate(input);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              {mutation.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{errorText(mutation.error)}</MessageBarBody>
                </MessageBar>
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
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button appearance="primary" type="submit" disabledFocusable={mutation.isPending}>
                {t('common.create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
