import { Text } from '@fluentui/react-components';
import { personName } from '@channel-crm/domain';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';

/**
 * Names, field by field, what anonymizing a person (a lead or a contact) erases for good,
 * before it is done. `personalFields` is the domain's list for that kind of record;
 * `alsoErased` names what else goes with it.
 */
export function AnonymizeDialog<F extends string>({
  open,
  person,
  personalFields,
  fieldLabel,
  alsoErased = [],
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  person: { readonly [K in F]?: string } & { firstName?: string; lastName?: string };
  personalFields: readonly F[];
  fieldLabel: (field: F) => string;
  alsoErased?: readonly string[];
  busy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const erased = personalFields.filter((f) => person[f] !== undefined && person[f] !== '');
  return (
    <FormDialog
      open={open}
      title={t('anonymize.title', { name: personName(person) })}
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
            {fieldLabel(f)}: {person[f]}
          </li>
        ))}
        <li>{t('anonymize.history')}</li>
        {alsoErased.map((what) => (
          <li key={what}>{what}</li>
        ))}
      </ul>
      <Text weight="semibold">{t('anonymize.irreversible')}</Text>
    </FormDialog>
  );
}
