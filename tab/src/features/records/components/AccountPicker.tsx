import { useI18n } from '../../../shell/i18n/I18nProvider';
import { createAccountNamed, searchAccounts } from '../api/picker-api';
import { RecordPicker, type PickerProps } from './RecordPicker';

/**
 * Picks an account of the space (its own and the global ones), or creates one by name there.
 * Without a space, it offers the accounts of all my spaces and creates none.
 */
export function AccountPicker({
  spaceId,
  label,
  creatable = true,
  ...picker
}: PickerProps & { spaceId: string | undefined; creatable?: boolean }) {
  const { t } = useI18n();
  return (
    <RecordPicker
      {...picker}
      label={label ?? t('picker.account')}
      queryKey={['accounts', spaceId]}
      search={(text, signal) => searchAccounts(spaceId, text, signal)}
      onCreate={creatable && spaceId ? (name) => createAccountNamed(spaceId, name) : undefined}
    />
  );
}
