import { Avatar, Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { StarFilled, StarRegular } from '@fluentui/react-icons';
import { personName } from '@channel-crm/domain';
import { getContact } from '@channel-crm/domain/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../shell/api-client';
import { isApiError } from '../../../shell/api-error';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import {
  follow,
  getRoleRecord,
  recordKey,
  unfollow,
  type RoleRecordType,
} from '../api/records-api';

type WithRoles = {
  id: string;
  version: number;
  contactId?: string;
  participantIds: string[];
  subscriberIds: string[];
  /** Leads and opportunities: whose roster names the followers. */
  spaceId?: string;
};

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, alignContent: 'start' },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  people: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function ContactLink({ id }: { id: string }) {
  const contact = useQuery({
    queryKey: recordKey('contact', id),
    queryFn: ({ signal }) => call(getContact, { params: { id }, signal }),
  });
  const name = contact.data ? personName(contact.data) : '…';
  return <Link href={hrefOf(`/contacts/${id}`)}>{name}</Link>;
}

/** Contact, other participants, subscribers, and Follow/Unfollow for oneself. */
export function RolesPanel({ type, record }: { type: RoleRecordType; record: WithRoles }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { me } = useSpace();
  const { nameOf } = useMembers(record.spaceId);
  const queryClient = useQueryClient();
  const following = record.subscriberIds.includes(me.id);
  const otherIds = record.subscriberIds.filter((s) => s !== me.id);
  const named = otherIds.flatMap((s) => nameOf(s) ?? []);
  const unnamed = otherIds.length - named.length;
  const others = unnamed > 0 ? [...named, t('record.othersCount', { count: unnamed })] : named;

  const toggle = useMutation({
    // Following changes no field anyone edits, so a stale version is simply refreshed and retried.
    mutationFn: async () => {
      const send = (version: number) =>
        following ? unfollow(type, record.id, version) : follow(type, record.id, version);
      try {
        return await send(record.version);
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'stale') throw error;
        const latest = await getRoleRecord(type, record.id);
        return send(latest.version);
      }
    },
    onSuccess: (saved) => {
      if (saved) queryClient.setQueryData(recordKey(type, record.id), saved);
      else void queryClient.invalidateQueries({ queryKey: recordKey(type, record.id) });
    },
  });

  return (
    <section className={styles.root} aria-label={t('record.roles')}>
      <div>
        <Button
          appearance={following ? 'secondary' : 'primary'}
          icon={following ? <StarFilled /> : <StarRegular />}
          aria-pressed={following}
          disabled={toggle.isPending}
          onClick={() => toggle.mutate()}
        >
          {following ? t('record.unfollow') : t('record.follow')}
        </Button>
      </div>
      {following && <Text size={200}>{t('record.youFollow')}</Text>}
      {others.length > 0 && (
        <Text size={200}>{t('record.alsoFollowing', { names: others.join(', ') })}</Text>
      )}
      {toggle.error && <Text role="alert">{errorText(toggle.error)}</Text>}

      <h3 className={styles.heading}>{t('record.contact')}</h3>
      {record.contactId ? <ContactLink id={record.contactId} /> : <Text>{t('common.none')}</Text>}

      <h3 className={styles.heading}>{t('record.participants')}</h3>
      {record.participantIds.length === 0 ? (
        <Text>{t('common.none')}</Text>
      ) : (
        <ul className={styles.people}>
          {record.participantIds.map((id) => (
            <li key={id}>
              <ContactLink id={id} />
            </li>
          ))}
        </ul>
      )}

      <h3 className={styles.heading}>{t('record.subscribers')}</h3>
      {record.subscriberIds.length === 0 ? (
        <Text>{t('record.noSubscribers')}</Text>
      ) : (
        <ul className={styles.people} aria-label={t('record.subscribers')}>
          {record.subscriberIds.map((id) => (
            <li key={id} className={styles.person}>
              <Avatar size={20} name={nameOf(id)} aria-hidden />
              <Text>{nameOf(id) ?? t('record.colleague')}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
