import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { DetailField } from '../../records/components/DetailsForm';

export function useAccountFields() {
  const { t } = useI18n();
  const fields: DetailField[] = [
    { name: 'name', label: t('common.name'), required: true },
    { name: 'email', label: t('common.email'), kind: 'email' },
    { name: 'phone', label: t('common.phone'), kind: 'tel' },
    { name: 'website', label: t('common.website'), kind: 'url' },
    { name: 'industry', label: t('accounts.industry') },
  ];
  const labels = new Map(fields.map((f) => [f.name, f.label]));
  return { fields, fieldLabel: (f: string) => labels.get(f) ?? f };
}
