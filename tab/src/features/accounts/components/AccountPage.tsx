import { Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { UpdateAccountInput, type Account } from '@channel-crm/domain';
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
import {
  accountContacts,
  accountOpportunities,
  getAccount,
  updateAccount,
} from '../api/accounts-api';
import { useAccountFields } from './use-account-fields';

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
  const account = useQuery({
    queryKey: recordKey('account', id),
    queryFn: ({ signal }) => getAccount(id, signal),
  });
  const people = useQuery({
    queryKey: ['account', id, 'contacts'],
    queryFn: ({ signal }) => accountContacts(id, signal),
  });
  const deals = useQuery({
    queryKey: ['account', id, 'opportunities'],
    queryFn: ({ signal }) => accountOpportunities(id, signal),
  });
  const saver = useRecordSave<Account>(
    'account',
    id,
    (c, v) => updateAccount(id, c, v),
    () => getAccount(id),
  );

  if (account.isPending) return <PageSkeleton />;
  if (account.error)
    return <ErrorState error={account.error} onRetry={() => void account.refetch()} />;
  const a = account.data;

  const side = (
    <>
      <h3 className={styles.heading}>{t('accounts.people')}</h3>
      <ul className={styles.list}>
        {(people.data ?? []).map((c) => (
          <li key={c.id}>
            <Link href={hrefOf(`/contacts/${c.id}`)}>
              {[c.firstName, c.lastName].filter(Boolean).join(' ')}
            </Link>
          </li>
        ))}
        {people.data?.length === 0 && <Text>{t('common.none')}</Text>}
      </ul>
      <h3 className={styles.heading}>{t('accounts.opportunities')}</h3>
      <ul className={styles.list}>
        {(deals.data ?? []).map((o) => (
          <li key={o.id}>
            <Link href={hrefOf(`/opportunities/${o.id}`)}>{o.name}</Link>
            {o.amount && <Text size={200}> · {money(o.amount.amount, o.amount.currency)}</Text>}
          </li>
        ))}
        {deals.data?.length === 0 && <Text>{t('common.none')}</Text>}
      </ul>
    </>
  );

  return (
    <>
      <RecordLayout
        header={<Title3 as="h1">{a.name}</Title3>}
        sideLabel={t('accounts.people')}
        details={
          <DetailsForm
            record={a}
            fields={fields}
            schema={UpdateAccountInput}
            saving={saver.saving}
            serverError={saver.error}
            onSave={(c) => saver.save(c, a)}
          />
        }
        timeline={<Timeline type="account" id={id} fieldLabel={fieldLabel} />}
        side={side}
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
