import { Button, Field, Input, makeStyles, Text } from '@fluentui/react-components';
import { CreateOpportunityInput, type Pipeline } from '@channel-crm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { compact } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import type { PickedRecord } from '../../records/api/picker-api';
import { AccountPicker } from '../../records/components/AccountPicker';
import { ContactPicker } from '../../records/components/ContactPicker';
import { useCreateForm } from '../../records/hooks/use-create-form';
import { boardKey, createOpportunity } from '../api/opportunities-api';

const useStyles = makeStyles({ nowrap: { whiteSpace: 'nowrap' } });

export function NewOpportunityDialog({
  open,
  pipeline,
  onClose,
}: {
  open: boolean;
  /** The board's pipeline; without it, the space's default one. */
  pipeline?: Pipeline;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { me, space } = useSpace();
  const queryClient = useQueryClient();
  const currency = space?.defaultCurrency ?? 'EUR';
  const [account, setAccount] = useState<PickedRecord>();
  const [contact, setContact] = useState<PickedRecord>();
  const [created, setCreated] = useState('');
  const [round, setRound] = useState(0);
  const another = useRef(false);
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
        pipelineId: pipeline?.id,
        ownerId: me.id,
        accountId: account?.id,
        contactId: contact?.id,
      }),
    create: createOpportunity,
    onCreated: (opportunity) => {
      void queryClient.invalidateQueries({
        queryKey: pipeline ? boardKey(pipeline.id) : ['board'],
      });
      void queryClient.invalidateQueries({ queryKey: ['opportunities'] });
      setAccount(undefined);
      setContact(undefined);
      setRound((r) => r + 1);
      if (another.current) setCreated(opportunity.name);
      else close();
    },
  });
  const close = () => {
    setCreated('');
    onClose();
  };
  const submitting = (next: boolean) => {
    another.current = next;
    submit();
  };
  const spaceId = space?.id ?? '';
  return (
    <FormDialog
      open={open}
      title={t('opportunities.new')}
      error={mutation.error}
      busy={mutation.isPending}
      submitLabel={t('common.create')}
      onSubmit={() => submitting(false)}
      onClose={close}
      leadingActions={
        <Button appearance="secondary" className={styles.nowrap} onClick={() => submitting(true)}>
          {t('opportunities.saveAndNew')}
        </Button>
      }
    >
      <Text role="status">{created && t('opportunities.created', { name: created })}</Text>
      <Field label={t('common.name')} required validationMessage={form.errors.name}>
        <Input value={form.values.name} onChange={(_, d) => form.set('name')(d.value)} />
      </Field>
      <AccountPicker
        key={`account-${round}`}
        spaceId={spaceId}
        value={account}
        onChange={setAccount}
      />
      <ContactPicker
        key={`contact-${round}`}
        spaceId={spaceId}
        newContactAccountId={account?.id}
        value={contact}
        onChange={setContact}
      />
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
