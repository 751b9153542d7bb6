import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { MessageKey } from '../../../shell/i18n/en';
import type { DetailField } from '../../records/components/DetailsForm';

const LABELS: Record<string, MessageKey> = {
  name: 'common.name',
  amount: 'common.amount',
  expectedCloseDate: 'opportunities.expectedClose',
  description: 'common.description',
  ownerId: 'common.owner',
  stageId: 'opportunities.stage',
  probability: 'opportunities.probability',
  status: 'common.status',
  closeReason: 'opportunities.reason',
  locked: 'common.locked',
  tags: 'common.tags',
  subscriberIds: 'record.subscribers',
  accountIds: 'opportunities.account',
  coOwnerIds: 'opportunities.coOwners',
};

export function useOpportunityFields() {
  const { t } = useI18n();
  const fields: DetailField[] = [
    { name: 'name', label: t('common.name'), required: true },
    { name: 'amount', label: t('common.amount'), kind: 'money' },
    { name: 'expectedCloseDate', label: t('opportunities.expectedClose'), kind: 'date' },
    { name: 'description', label: t('common.description'), kind: 'long' },
  ];
  const fieldLabel = (field: string) => (LABELS[field] ? t(LABELS[field]) : field);
  return { fields, fieldLabel };
}
