import { Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { personName, UpdateAccountInput, type Account } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useFollowMerged } from '../../records/hooks/use-follow-merged';
import { useRecord } from '../../records/hooks/use-record';
import { EditableRecord } from '../../records/components/EditableRecord';
import {
  accountContacts,
  accountOpportunities,
  getAccount,
  updateAccount,
} from '../api/accounts-api';
import { AccountSharing } from './AccountSharing';
import { useAccountFields } from '../hooks/use-account-fields';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: `0 0 ${tokens.spacingVerticalL}`,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300 },
});

export function AccountPage({ id = '' }: { id?: string }) {
  const styles = useStyles();
  const { t, money } = useI18n();
  const { fields, fieldLabel } = useAccountFields();
  const { query: account, saver } = useRecord<Account>('account', id, {
    get: getAccount,
    update: updateAccount,
  });
  useFollowMerged('/accounts', id, account.data);
  const people = useQuery({
    queryKey: ['account', id, 'contacts'],
    queryFn: ({ signal }) => accountContacts(id, signal),
  });
  const opportunities = useQuery({
    queryKey: ['account', id, 'opportunities'],
    queryFn: ({ signal }) => accountOpportunities(id, signal),
  });

  if (account.isPending) return <PageSkeleton />;
  if (account.error)
    return <ErrorState error={account.error} onRetry={() => void account.refetch()} />;
  const a = account.data;

  const side = (
    <>
      <h3 className={styles.heading}>{t('accounts.sharing')}</h3>
      <AccountSharing account={a} />
      <h3 className={styles.heading}>{t('accounts.people')}</h3>
      <ul className={styles.list}>
        {(people.data ?? []).map((c) => (
          <li key={c.id}>
            <Link href={hrefOf(`/contacts/${c.id}`)}>{personName(c)}</Link>
          </li>
        ))}
        {people.data?.length === 0 && <li>{t('common.none')}</li>}
      </ul>
      <h3 className={styles.heading}>{t('accounts.opportunities')}</h3>
      <ul className={styles.list}>
        {(opportunities.data ?? []).map((o) => (
          <li key={o.id}>
            <Link href={hrefOf(`/opportunities/${o.id}`)}>{o.name}</Link>
            {o.amount && <Text size={200}> · {money(o.amount.amount, o.amount.currency)}</Text>}
          </li>
        ))}
        {opportunities.data?.length === 0 && <li>{t('common.none')}</li>}
      </ul>
    </>
  );

  return (
    <EditableRecord
      type="account"
      record={a}
      saver={saver}
      fields={fields}
      fieldLabel={fieldLabel}
      schema={UpdateAccountInput}
      header={<Title3 as="h1">{a.name}</Title3>}
      sideLabel={t('accounts.people')}
      side={side}
    />
  );
}
