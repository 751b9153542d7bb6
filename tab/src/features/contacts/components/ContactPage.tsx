import { Link, Text, Title3 } from '@fluentui/react-components';
import { personName, UpdateContactInput, type Contact } from '@channel-crm/domain';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useRecord } from '../../records/hooks/use-record';
import { EditableRecord } from '../../records/components/EditableRecord';
import { getContact, updateContact } from '../api/contacts-api';
import { useContactFields } from '../hooks/use-contact-fields';

export function ContactPage({ id = '' }: { id?: string }) {
  const { t } = useI18n();
  const { fields, fieldLabel } = useContactFields();
  const { query: contact, saver } = useRecord<Contact>('contact', id, {
    get: getContact,
    update: updateContact,
  });
  if (contact.isPending) return <PageSkeleton />;
  if (contact.error)
    return <ErrorState error={contact.error} onRetry={() => void contact.refetch()} />;
  const c = contact.data;
  return (
    <EditableRecord
      type="contact"
      record={c}
      saver={saver}
      fields={fields}
      fieldLabel={fieldLabel}
      schema={UpdateContactInput}
      header={<Title3 as="h1">{personName(c)}</Title3>}
      sideLabel={t('contacts.account')}
      side={
        c.accountId ? (
          <Link href={hrefOf(`/accounts/${c.accountId}`)}>{t('contacts.account')}</Link>
        ) : (
          <Text>{t('common.none')}</Text>
        )
      }
    />
  );
}
