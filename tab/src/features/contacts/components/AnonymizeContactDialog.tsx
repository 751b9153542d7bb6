import { Text } from '@fluentui/react-components';
import { CONTACT_PERSONAL_FIELDS, personName, type Contact } from '@channel-crm/domain';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useContactFields } from '../hooks/use-contact-fields';

/** Names, field by field, what anonymizing this contact erases for good, before it is done. */
export function AnonymizeContactDialog({
  open,
  contact,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  contact: Contact;
  busy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { fieldLabel } = useContactFields();
  const erased = CONTACT_PERSONAL_FIELDS.filter(
    (f) => contact[f] !== undefined && contact[f] !== '',
  );
  return (
    <FormDialog
      open={open}
      title={t('anonymize.title', { name: personName(contact) })}
      error={error}
      busy={busy}
      submitLabel={t('anonymize.confirm')}
      onSubmit={onConfirm}
      onClose={onCancel}
    >
      <Text>{t('anonymize.body')}</Text>
      <ul aria-label={t('anonymize.erasedList')}>
        {erased.map((f) => (
          <li key={f}>
            {fieldLabel(f)}: {contact[f]}
          </li>
        ))}
        <li>{t('anonymize.history')}</li>
      </ul>
      <Text weight="semibold">{t('anonymize.irreversible')}</Text>
    </FormDialog>
  );
}
