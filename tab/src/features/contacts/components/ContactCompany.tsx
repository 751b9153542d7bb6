import { Button, Link, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import type { Contact, UpdateContactInput } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { getAccount } from '../../accounts/api/accounts-api';
import { recordKey } from '../../records/api/records-api';
import { AccountPicker } from '../../records/components/AccountPicker';
import { useRecordAction } from '../../records/hooks/use-record-action';
import { updateContact } from '../api/contacts-api';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, alignContent: 'start' },
});

function AccountLink({ id }: { id: string }) {
  const account = useQuery({
    queryKey: recordKey('account', id),
    queryFn: ({ signal }) => getAccount(id, signal),
  });
  return <Link href={hrefOf(`/accounts/${id}`)}>{account.data?.name ?? '…'}</Link>;
}

/** The contact's company (an account, chosen by searching, or none) and the champion flag. */
export function ContactCompany({ contact }: { contact: Contact }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { space } = useSpace();
  const action = useRecordAction<Contact>('contact', contact.id, contact, {
    invalidate: [['contacts']],
    onDone: () => undefined,
  });
  const save = (input: UpdateContactInput) =>
    action.mutate((current) => updateContact(current.id, input, current.version));
  const busy = action.isPending || Boolean(contact.anonymizedAt);
  return (
    <div className={styles.root}>
      {contact.accountId ? <AccountLink id={contact.accountId} /> : <Text>{t('common.none')}</Text>}
      <AccountPicker
        spaceId={space?.id}
        creatable={false}
        size="small"
        label={contact.accountId ? t('contacts.changeAccount') : t('contacts.setAccount')}
        disabled={busy}
        onPick={(o) => save({ accountId: o.id })}
      />
      {contact.accountId && (
        <Button disabled={busy} onClick={() => save({ accountId: null })}>
          {t('contacts.clearAccount')}
        </Button>
      )}
      <Switch
        label={t('contacts.champion')}
        checked={contact.champion}
        disabled={busy}
        onChange={(_, d) => save({ champion: d.checked })}
      />
      {action.error && <Text role="alert">{errorText(action.error)}</Text>}
    </div>
  );
}
