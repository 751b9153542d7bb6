import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { DetailField } from '../../records/components/DetailsForm';

export function useContactFields() {
  const { t } = useI18n();
  const fields: DetailField[] = [
    { name: 'firstName', label: t('common.firstName') },
    { name: 'lastName', label: t('common.lastName'), required: true },
    { name: 'jobTitle', label: t('common.jobTitle') },
    { name: 'email', label: t('common.email'), kind: 'email' },
    { name: 'phone', label: t('common.phone'), kind: 'tel' },
  ];
  const labels = new Map(fields.map((f) => [f.name, f.label]));
  return { fields, fieldLabel: (f: string) => labels.get(f) ?? f };
}
