import { Field, Input, Text } from '@fluentui/react-components';
import type { Opportunity } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';
import { copyOpportunity } from '../api/opportunities-api';

/** Copies the deal under a name of the user's choosing, then opens the copy. */
export function CopyDealDialog({
  opportunity,
  onClose,
}: {
  opportunity: Opportunity;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState(() =>
    t('opportunities.copyOf', { name: opportunity.name }).slice(0, 200),
  );
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const copy = useMutation({
    mutationFn: () => copyOpportunity(opportunity.id, name.trim(), idempotencyKey),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['opportunities'] });
      onClose();
      navigate(`/opportunities/${created.id}`);
    },
  });
  return (
    <FormDialog
      open
      title={t('opportunities.copyTitle')}
      error={copy.error}
      busy={copy.isPending}
      submitLabel={t('opportunities.copyConfirm')}
      onSubmit={() => name.trim() && copy.mutate()}
      onClose={onClose}
    >
      <Text>{t('opportunities.copyWhat', { name: opportunity.name })}</Text>
      <Field label={t('opportunities.copyName')} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
    </FormDialog>
  );
}
