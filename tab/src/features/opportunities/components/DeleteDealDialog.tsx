import { Text } from '@fluentui/react-components';
import type { Opportunity } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';
import { recordKey } from '../../records/api/records-api';
import { deleteOpportunity } from '../api/opportunities-api';

/** Deletes the deal for good once the user has read what goes with it; then the board. */
export function DeleteDealDialog({
  opportunity,
  accountNames,
  onClose,
}: {
  opportunity: Opportunity;
  /** Undefined while they load. */
  accountNames: string[] | undefined;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteOpportunity(opportunity),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: recordKey('opportunity', opportunity.id) });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['opportunities'] });
      onClose();
      navigate('/opportunities');
    },
  });
  const accounts = !accountNames
    ? '…'
    : accountNames.length
      ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(accountNames)
      : t('opportunities.noLinks');
  return (
    <FormDialog
      open
      title={t('opportunities.deleteTitle')}
      error={remove.error}
      busy={remove.isPending}
      submitLabel={t('opportunities.deleteConfirm')}
      onSubmit={() => remove.mutate()}
      onClose={onClose}
    >
      <Text>{t('opportunities.deleteWhat', { name: opportunity.name, accounts })}</Text>
    </FormDialog>
  );
}
