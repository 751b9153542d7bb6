import { Text } from '@fluentui/react-components';
import { LEAD_PERSONAL_FIELDS, personName, type Lead } from '@channel-crm/domain';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useLeadFields } from '../hooks/use-lead-fields';

/** Names, field by field, what anonymizing this lead erases for good, before it is done. */
export function AnonymizeLeadDialog({
  open,
  lead,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  lead: Lead;
  busy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { fieldLabel } = useLeadFields();
  const erased = LEAD_PERSONAL_FIELDS.filter((f) => lead[f] !== undefined && lead[f] !== '');
  return (
    <FormDialog
      open={open}
      title={t('anonymize.title', { name: personName(lead) })}
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
            {fieldLabel(f)}: {lead[f]}
          </li>
        ))}
        <li>{t('anonymize.history')}</li>
        {lead.qualifiedInto?.contactId && <li>{t('anonymize.contact')}</li>}
        {lead.qualifiedInto?.opportunityId && <li>{t('anonymize.dealName')}</li>}
      </ul>
      <Text weight="semibold">{t('anonymize.irreversible')}</Text>
    </FormDialog>
  );
}
