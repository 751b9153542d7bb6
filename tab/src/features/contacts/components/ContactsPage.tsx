import { Badge, Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { personName, CreateContactInput, type Contact } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate, useRoute } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { CreateRecordDialog } from '../../records/components/CreateRecordDialog';
import { ContactDataCell } from '../../records/components/ContactDataCell';
import { RecordListPage } from '../../records/components/RecordListPage';
import type { RecordSource } from '../../records/hooks/use-record-list';
import { createContact, listContacts } from '../api/contacts-api';
import { useContactFields } from '../hooks/use-contact-fields';

const SOURCE: RecordSource<Contact> = {
  key: (search) => ['contacts', search.spaceId, search.text],
  load: (search, continuation, signal) =>
    listContacts(search.spaceId, search.text, continuation, signal),
  exportFrom: (search) => ({
    list: 'contacts',
    query: { spaceId: search.spaceId, text: search.text || undefined },
  }),
};

export function ContactsPage() {
  const { t } = useI18n();
  const route = useRoute();
  const { space } = useSpace();
  const { fields } = useContactFields();
  return (
    <RecordListPage<Contact>
      title={t('contacts.title')}
      empty={{ title: t('contacts.empty') }}
      source={SOURCE}
      rowName={personName}
      onOpen={(c) => navigate(`/contacts/${c.id}`)}
      actions={
        <Button
          appearance="primary"
          icon={<AddRegular />}
          onClick={() => navigate('/contacts?new=1')}
        >
          {t('contacts.new')}
        </Button>
      }
      columns={[
        {
          key: 'name',
          label: t('common.name'),
          render: personName,
          sortValue: (c) => `${c.lastName} ${c.firstName ?? ''}`,
        },
        {
          key: 'job',
          label: t('common.jobTitle'),
          render: (c) => c.jobTitle ?? '',
          sortValue: (c) => c.jobTitle ?? '',
          wide: true,
        },
        {
          key: 'email',
          label: t('common.email'),
          render: (c) => <ContactDataCell kind="email" value={c.email} />,
        },
        {
          key: 'phone',
          label: t('common.phone'),
          render: (c) => <ContactDataCell kind="tel" value={c.phone} />,
          wide: true,
        },
        {
          key: 'champion',
          label: t('contacts.champion'),
          render: (c) =>
            c.champion ? <Badge color="success">{t('contacts.champion')}</Badge> : '',
          sortValue: (c) => (c.champion ? 1 : 0),
        },
      ]}
      csv={{
        file: 'contacts.csv',
        header: [t('common.firstName'), t('common.lastName'), t('common.email'), t('common.phone')],
        row: (c) => [c.firstName, c.lastName, c.email, c.phone],
      }}
    >
      <CreateRecordDialog
        open={route.query.get('new') === '1'}
        title={t('contacts.new')}
        fields={fields}
        schema={CreateContactInput}
        extra={{ spaceIds: space ? [space.id] : [] }}
        duplicateCheck={{ type: 'contact', spaceId: space?.id, path: (id) => `/contacts/${id}` }}
        create={createContact}
        onCreated={(c) => {
          navigate(`/contacts/${c.id}`);
        }}
        onClose={() => navigate('/contacts')}
      />
    </RecordListPage>
  );
}
