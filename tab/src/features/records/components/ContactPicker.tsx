import { useI18n } from '../../../shell/i18n/I18nProvider';
import { createContactNamed, searchContacts, type PickedRecord } from '../api/picker-api';
import { RecordPicker } from './RecordPicker';

/**
 * Picks a contact of the space, of `accountId` when given; or creates one from a typed full
 * name, at `newContactAccountId` (else `accountId`).
 */
export function ContactPicker({
  spaceId,
  accountId,
  newContactAccountId = accountId,
  label,
  value,
  onChange,
  creatable = true,
  exclude,
}: {
  spaceId: string;
  accountId?: string;
  newContactAccountId?: string;
  label?: string;
  value: PickedRecord | undefined;
  onChange: (picked: PickedRecord | undefined) => void;
  creatable?: boolean;
  exclude?: readonly string[];
}) {
  const { t } = useI18n();
  return (
    <RecordPicker
      label={label ?? t('picker.contact')}
      queryKey={['contacts', spaceId, accountId]}
      search={(text, signal) => searchContacts(spaceId, text, accountId, signal)}
      value={value}
      onChange={onChange}
      exclude={exclude}
      onCreate={
        creatable ? (name) => createContactNamed(spaceId, name, newContactAccountId) : undefined
      }
    />
  );
}
