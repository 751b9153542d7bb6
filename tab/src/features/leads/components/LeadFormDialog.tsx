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
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { CreateLeadInput, type Lead } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { compact, useZodForm } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { MessageKey } from '../../../shell/i18n/en';
import { useSpace } from '../../../shell/SpaceContext';
import { createLead } from '../api/leads-api';

const FIELDS: {
  name: string;
  label: MessageKey;
  type?: 'email' | 'tel' | 'url';
  required?: boolean;
}[] = [
  { name: 'firstName', label: 'common.firstName' },
  { name: 'lastName', label: 'common.lastName', required: true },
  { name: 'company', label: 'common.company' },
  { name: 'jobTitle', label: 'common.jobTitle' },
  { name: 'email', label: 'common.email', type: 'email' },
  { name: 'phone', label: 'common.phone', type: 'tel' },
  { name: 'website', label: 'common.website', type: 'url' },
];

const EMPTY = Object.fromEntries(FIELDS.map((f) => [f.name, '']));

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingVerticalM,
  },
});

export function LeadFormDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (lead: Lead) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { me, space } = useSpace();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useZodForm(CreateLeadInput, EMPTY, (values) =>
    compact({ ...values, spaceId: space?.id, ownerId: me.id }),
  );
  const create = useMutation({
    mutationFn: (input: CreateLeadInput) => createLead(input, idempotencyKey),
    onSuccess: (lead) => {
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
      form.reset();
      onCreated(lead);
    },
    onError: (error) => form.showServerErrors(error),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (input) create.mutate(input);
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('leads.new')}</DialogTitle>
            <DialogContent>
              {create.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{errorText(create.error)}</MessageBarBody>
                </MessageBar>
              )}
              <div className={styles.grid}>
                {FIELDS.map((f) => (
                  <Field
                    key={f.name}
                    label={t(f.label)}
                    required={f.required}
                    validationMessage={form.errors[f.name]}
                  >
                    <Input
                      name={f.name}
                      type={f.type ?? 'text'}
                      value={form.values[f.name] ?? ''}
                      onChange={(_, d) => form.set(f.name)(d.value)}
                    />
                  </Field>
                ))}
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={create.isPending}>
                {create.isPending ? t('common.saving') : t('common.create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
