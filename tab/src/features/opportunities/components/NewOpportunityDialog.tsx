import { Field, Input } from '@fluentui/react-components';
import { CreateOpportunityInput, type Pipeline } from '@channel-crm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../../shell/components/FormDialog';
import { compact } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { useCreateForm } from '../../records/hooks/use-create-form';
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
  const { me, space } = useSpace();
  const queryClient = useQueryClient();
  const currency = space?.defaultCurrency ?? 'EUR';
  const { form, mutation, submit } = useCreateForm({
    schema: CreateOpportunityInput,
    initial: { name: '', amount: '', expectedCloseDate: '' },
    toInput: (v) =>
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
    create: createOpportunity,
    onCreated: () => {
      void queryClient.invalidateQueries({ queryKey: boardKey(pipeline.id) });
      onClose();
    },
  });
  return (
    <FormDialog
      open={open}
      title={t('opportunities.new')}
      error={mutation.error}
      busy={mutation.isPending}
      submitLabel={t('common.create')}
      onSubmit={submit}
      onClose={onClose}
    >
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
        label={t('opportunities.expectedClose')}
        validationMessage={form.errors.expectedCloseDate}
      >
        <Input
          type="date"
          value={form.values.expectedCloseDate}
          onChange={(_, d) => form.set('expectedCloseDate')(d.value)}
        />
      </Field>
    </FormDialog>
  );
}
