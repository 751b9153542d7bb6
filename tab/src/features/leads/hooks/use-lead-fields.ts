import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { MessageKey } from '../../../shell/i18n/en';
import type { DetailField } from '../../records/components/DetailsForm';

const LABELS: Record<string, MessageKey> = {
  firstName: 'common.firstName',
  lastName: 'common.lastName',
  company: 'common.company',
  jobTitle: 'common.jobTitle',
  email: 'common.email',
  phone: 'common.phone',
  website: 'common.website',
  ownerId: 'common.owner',
  claimedBy: 'leads.claimer',
  status: 'common.status',
  source: 'leads.source',
  tags: 'common.tags',
  archived: 'leads.archive',
  disqualifyReason: 'leads.disqualifyReason',
  subscriberIds: 'record.subscribers',
  shares: 'splitter.sharesOnRecord',
};

export function useLeadFields() {
  const { t } = useI18n();
  const fields: DetailField[] = [
    { name: 'firstName', label: t('common.firstName') },
    { name: 'lastName', label: t('common.lastName'), required: true },
    { name: 'company', label: t('common.company') },
    { name: 'jobTitle', label: t('common.jobTitle') },
    { name: 'email', label: t('common.email'), kind: 'email' },
    { name: 'phone', label: t('common.phone'), kind: 'tel' },
    { name: 'website', label: t('common.website'), kind: 'url' },
  ];
  const fieldLabel = (field: string) => (LABELS[field] ? t(LABELS[field]) : field);
  return { fields, fieldLabel };
}
