import { Badge, Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { CreateAccountInput, type Account } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate, useRoute } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { CreateRecordDialog } from '../../records/components/CreateRecordDialog';
import { ContactDataCell } from '../../records/components/ContactDataCell';
import { RecordListPage } from '../../records/components/RecordListPage';
import type { RecordSource } from '../../records/hooks/use-record-list';
import { createAccount, listAccounts } from '../api/accounts-api';
import { useAccountFields } from '../hooks/use-account-fields';

const SOURCE: RecordSource<Account> = {
  key: (search) => ['accounts', search.spaceId, search.text],
  load: (search, continuation, signal) =>
    listAccounts(search.spaceId, search.text, continuation, signal),
  exportFrom: (search) => ({
    list: 'accounts',
    query: { spaceId: search.spaceId, text: search.text || undefined },
  }),
};

export function AccountsPage() {
  const { t } = useI18n();
  const route = useRoute();
  const { space } = useSpace();
  const { fields } = useAccountFields();
  return (
    <RecordListPage<Account>
      title={t('accounts.title')}
      empty={{ title: t('accounts.empty') }}
      source={SOURCE}
      rowName={(a) => a.name}
      onOpen={(a) => navigate(`/accounts/${a.id}`)}
      actions={
        <Button
          appearance="primary"
          icon={<AddRegular />}
          onClick={() => navigate('/accounts?new=1')}
        >
          {t('accounts.new')}
        </Button>
      }
      columns={[
        { key: 'name', label: t('common.name'), render: (a) => a.name, sortValue: (a) => a.name },
        {
          key: 'industry',
          label: t('accounts.industry'),
          render: (a) => a.industry ?? '',
          sortValue: (a) => a.industry ?? '',
        },
        {
          key: 'email',
          label: t('common.email'),
          render: (a) => <ContactDataCell kind="email" value={a.email} />,
          wide: true,
        },
        {
          key: 'phone',
          label: t('common.phone'),
          render: (a) => <ContactDataCell kind="tel" value={a.phone} />,
          wide: true,
        },
        {
          key: 'website',
          label: t('common.website'),
          render: (a) => <ContactDataCell kind="url" value={a.website} />,
          wide: true,
        },
        {
          key: 'key',
          label: t('accounts.keyAccount'),
          render: (a) =>
            a.keyAccount ? <Badge color="brand">{t('accounts.keyAccount')}</Badge> : '',
          sortValue: (a) => (a.keyAccount ? 1 : 0),
        },
      ]}
      csv={{
        file: 'accounts.csv',
        header: [t('common.name'), t('accounts.industry'), t('common.email'), t('common.phone')],
        row: (a) => [a.name, a.industry, a.email, a.phone],
      }}
    >
      <CreateRecordDialog
        open={route.query.get('new') === '1'}
        title={t('accounts.new')}
        fields={fields}
        schema={CreateAccountInput}
        extra={{ spaceIds: space ? [space.id] : [] }}
        duplicateCheck={{ type: 'account', spaceId: space?.id, path: (id) => `/accounts/${id}` }}
        create={createAccount}
        onCreated={(a) => {
          navigate(`/accounts/${a.id}`);
        }}
        onClose={() => navigate('/accounts')}
      />
    </RecordListPage>
  );
}
