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
import { CreateOpportunityInput, type Pipeline } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { compact, useZodForm } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { boardKey, createOpportunity } from '../api/opportunities-api';

export function NewOpportunityDialog({
  open,
  pipeline,
  onClose,
}: {
  open: boolean;
  pipeline: Pipeline;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { me, space } = useSpace();
  const queryClient = useQueryClient();
  const currency = space?.defaultCurrency ?? 'EUR';
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useZodForm(
    CreateOpportunityInput,
    { name: '', amount: '', expectedCloseDate: '' },
    (v) =>
      compact({
        name: v.name,
        amount: v.amount
          ? { amount: Math.round(Number(v.amount.replace(',', '.')) * 100), currency }
          : undefined,
        expectedCloseDate: v.expectedCloseDate,
        spaceId: space?.id,
        pipelineId: pipeline.id,
        ownerId: me.id,
      }),
  );
  const create = useMutation({
    mutationFn: (input: CreateOpportunityInput) => createOpportunity(input, idempotencyKey),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: boardKey(pipeline.id) });
      form.reset();
      onClose();
    },
    onError: (e) => form.showServerErrors(e),
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
            <DialogTitle>{t('opps.new')}</DialogTitle>
            <DialogContent>
              {create.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{errorText(create.error)}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={t('common.name')} required validationMessage={form.errors.name}>
                <Input value={form.values.name} onChange={(_, d) => form.set('name')(d.value)} />
              </Field>
              <Field
                label={t('common.amount')}
                validationMessage={form.errors['amount.amount'] ?? form.errors.amount}
              >
                <Input
                  inputMode="decimal"
                  contentAfter={currency}
                  value={form.values.amount}
                  onChange={(_, d) => form.set('amount')(d.value)}
                />
              </Field>
              <Field
                label={t('opps.expectedClose')}
                validationMessage={form.errors.expectedCloseDate}
              >
                <Input
                  type="date"
                  value={form.values.expectedCloseDate}
                  onChange={(_, d) => form.set('expectedCloseDate')(d.value)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button appearance="primary" type="submit" disabledFocusable={create.isPending}>
                {t('common.create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
