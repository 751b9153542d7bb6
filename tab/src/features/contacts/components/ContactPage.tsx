import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { PersonDeleteRegular } from '@fluentui/react-icons';
import {
  CONTACT_PERSONAL_FIELDS,
  personName,
  UpdateContactInput,
  type Contact,
} from '@channel-crm/domain';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useFollowMerged } from '../../records/hooks/use-follow-merged';
import { useRecord } from '../../records/hooks/use-record';
import { useRecordAction } from '../../records/hooks/use-record-action';
import { EditableRecord } from '../../records/components/EditableRecord';
import { AnonymizeDialog } from '../../records/components/AnonymizeDialog';
import { anonymizeContact, getContact, updateContact } from '../api/contacts-api';
import { useContactFields } from '../hooks/use-contact-fields';
import { ContactCompany } from './ContactCompany';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1 },
});

export function ContactPage({ id = '' }: { id?: string }) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { fields, fieldLabel } = useContactFields();
  const { query: contact, saver } = useRecord<Contact>('contact', id, {
    get: getContact,
    update: updateContact,
  });
  useFollowMerged('/contacts', id, contact.data);
  const action = useRecordAction<Contact>('contact', id, contact.data, {
    invalidate: [['contacts']],
    onDone: () => setConfirming(false),
  });
  if (contact.isPending) return <PageSkeleton />;
  if (contact.error)
    return <ErrorState error={contact.error} onRetry={() => void contact.refetch()} />;
  const c = contact.data;
  const header = (
    <>
      <div className={styles.header}>
        <Title3 as="h1">{personName(c)}</Title3>
        <div className={styles.grow} />
        {!c.anonymizedAt && (
          <Button icon={<PersonDeleteRegular />} onClick={() => setConfirming(true)}>
            {t('anonymize.action')}
          </Button>
        )}
      </div>
      {c.anonymizedAt && (
        <MessageBar intent="info">
          <MessageBarBody>{t('anonymize.done', { date: date(c.anonymizedAt) })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
  return (
    <>
      <EditableRecord
        type="contact"
        record={c}
        saver={saver}
        fields={fields}
        fieldLabel={fieldLabel}
        schema={UpdateContactInput}
        disabled={Boolean(c.anonymizedAt)}
        header={header}
        sideLabel={t('contacts.account')}
        side={<ContactCompany contact={c} />}
      />
      <AnonymizeDialog
        open={confirming}
        person={c}
        personalFields={CONTACT_PERSONAL_FIELDS}
        fieldLabel={fieldLabel}
        busy={action.isPending}
        error={action.error}
        onCancel={() => setConfirming(false)}
        onConfirm={() => action.mutate(anonymizeContact)}
      />
    </>
  );
}
