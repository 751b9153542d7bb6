import { useI18n } from '../../../shell/i18n/I18nProvider';
import { createAccountNamed, searchAccounts, type PickedRecord } from '../api/picker-api';
import { RecordPicker } from './RecordPicker';

/** Picks an account of the space (its own and the global ones), or creates one by name. */
export function AccountPicker({
  spaceId,
  label,
  value,
  onChange,
  creatable = true,
  exclude,
}: {
  spaceId: string;
  label?: string;
  value: PickedRecord | undefined;
  onChange: (picked: PickedRecord | undefined) => void;
  creatable?: boolean;
  exclude?: readonly string[];
}) {
  const { t } = useI18n();
  return (
    <RecordPicker
      label={label ?? t('picker.account')}
      queryKey={['accounts', spaceId]}
      search={(text, signal) => searchAccounts(spaceId, text, signal)}
      value={value}
      onChange={onChange}
      exclude={exclude}
      onCreate={creatable ? (name) => createAccountNamed(spaceId, name) : undefined}
    />
  );
}
