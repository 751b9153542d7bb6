import { Link, Text, Title3 } from '@fluentui/react-components';
import { UpdateContactInput, type Contact } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { recordKey } from '../../records/api/records-api';
import { useRecordSave } from '../../records/api/use-record-save';
import { ConflictDialog } from '../../records/components/ConflictDialog';
import { DetailsForm } from '../../records/components/DetailsForm';
import { RecordLayout } from '../../records/components/RecordLayout';
import { Timeline } from '../../records/components/Timeline';
import { getContact, updateContact } from '../api/contacts-api';
import { useContactFields } from './use-contact-fields';

export function ContactPage({ id = '' }: { id?: string }) {
  const { t } = useI18n();
  const { fields, fieldLabel } = useContactFields();
  const contact = useQuery({
    queryKey: recordKey('contact', id),
    queryFn: ({ signal }) => getContact(id, signal),
  });
  const saver = useRecordSave<Contact>(
    'contact',
    id,
    (c, v) => updateContact(id, c, v),
    () => getContact(id),
  );
  if (contact.isPending) return <PageSkeleton />;
  if (contact.error)
    return <ErrorState error={contact.error} onRetry={() => void contact.refetch()} />;
  const c = contact.data;
  return (
    <>
      <RecordLayout
        header={<Title3 as="h1">{[c.firstName, c.lastName].filter(Boolean).join(' ')}</Title3>}
        sideLabel={t('contacts.account')}
        details={
          <DetailsForm
            record={c}
            fields={fields}
            schema={UpdateContactInput}
            saving={saver.saving}
            serverError={saver.error}
            onSave={(ch) => saver.save(ch, c)}
          />
        }
        timeline={<Timeline type="contact" id={id} fieldLabel={fieldLabel} />}
        side={
          c.accountId ? (
            <Link href={hrefOf(`/accounts/${c.accountId}`)}>{t('contacts.account')}</Link>
          ) : (
            <Text>{t('common.none')}</Text>
          )
        }
      />
      <ConflictDialog
        conflict={saver.conflict}
        fieldLabel={fieldLabel}
        onReapply={saver.reapply}
        onKeepTheirs={saver.keepTheirs}
      />
    </>
  );
}
