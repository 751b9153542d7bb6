import { useI18n } from '../../../shell/i18n/I18nProvider';
import { createContactNamed, searchContacts } from '../api/picker-api';
import { RecordPicker, type PickerProps } from './RecordPicker';

/**
 * Picks a contact of the space, of `accountId` when given; or creates one from a typed full
 * name, at `newContactAccountId` (else `accountId`).
 */
export function ContactPicker({
  spaceId,
  accountId,
  newContactAccountId = accountId,
  label,
  creatable = true,
  ...picker
}: PickerProps & {
  spaceId: string;
  accountId?: string;
  newContactAccountId?: string;
  creatable?: boolean;
}) {
  const { t } = useI18n();
  return (
    <RecordPicker
      {...picker}
      label={label ?? t('picker.contact')}
      queryKey={['contacts', spaceId, accountId]}
      search={(text, signal) => searchContacts(spaceId, text, accountId, signal)}
      onCreate={
        creatable ? (name) => createContactNamed(spaceId, name, newContactAccountId) : undefined
      }
    />
  );
}
