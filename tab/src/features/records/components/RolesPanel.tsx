import { Avatar, Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DismissRegular, StarFilled, StarRegular } from '@fluentui/react-icons';
import { personName } from '@channel-crm/domain';
import { getContact } from '@channel-crm/domain/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { call } from '../../../shell/api-client';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import {
  addParticipant,
  addSubscriber,
  follow,
  recordKey,
  removeParticipant,
  removeSubscriber,
  setContact,
  unfollow,
  type RoleRecordType,
} from '../api/records-api';
import { useRoleChange } from '../hooks/use-role-change';
import { ContactPicker } from './ContactPicker';
import { PersonPicker } from './PersonPicker';

type WithRoles = {
  id: string;
  version: number;
  contactId?: string;
  participantIds: string[];
  subscriberIds: string[];
  /** Whose contacts are offered and whose roster names the followers. */
  spaceId: string;
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

function useContactName(id: string) {
  const contact = useQuery({
    queryKey: recordKey('contact', id),
    queryFn: ({ signal }) => call(getContact, { params: { id }, signal }),
  });
  return contact.data ? personName(contact.data) : '…';
}

function ContactLink({ id }: { id: string }) {
  return <Link href={hrefOf(`/contacts/${id}`)}>{useContactName(id)}</Link>;
}

function RemovableRow({
  children,
  removeLabel,
  onRemove,
  busy,
}: {
  children: ReactNode;
  removeLabel: string;
  onRemove: () => void;
  busy: boolean;
}) {
  const styles = useStyles();
  return (
    <li className={styles.person}>
      {children}
      <Button
        size="small"
        appearance="subtle"
        icon={<DismissRegular />}
        aria-label={removeLabel}
        title={removeLabel}
        disabled={busy}
        onClick={onRemove}
      />
    </li>
  );
}

function ParticipantRow({
  id,
  onRemove,
  busy,
}: {
  id: string;
  onRemove: () => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  const name = useContactName(id);
  return (
    <RemovableRow removeLabel={t('roles.remove', { name })} onRemove={onRemove} busy={busy}>
      <Link href={hrefOf(`/contacts/${id}`)}>{name}</Link>
    </RemovableRow>
  );
}

/** Follow/Unfollow for oneself, and the contact, other participants and subscribers, editable. */
export function RolesPanel({ type, record }: { type: RoleRecordType; record: WithRoles }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { me } = useSpace();
  const { nameOf } = useMembers(record.spaceId);
  const change = useRoleChange(type, record.id, record.version);
  const busy = change.isPending;
  const following = record.subscriberIds.includes(me.id);
  const otherIds = record.subscriberIds.filter((s) => s !== me.id);
  const named = otherIds.flatMap((s) => nameOf(s) ?? []);
  const unnamed = otherIds.length - named.length;
  const others = unnamed > 0 ? [...named, t('record.othersCount', { count: unnamed })] : named;
  const takenContacts = [...(record.contactId ? [record.contactId] : []), ...record.participantIds];

  return (
    <section className={styles.root} aria-label={t('record.roles')}>
      <div>
        <Button
          appearance={following ? 'secondary' : 'primary'}
          icon={following ? <StarFilled /> : <StarRegular />}
          aria-pressed={following}
          disabled={busy}
          onClick={() =>
            change.mutate((v) =>
              following ? unfollow(type, record.id, v) : follow(type, record.id, v),
            )
          }
        >
          {following ? t('record.unfollow') : t('record.follow')}
        </Button>
      </div>
      {following && <Text size={200}>{t('record.youFollow')}</Text>}
      {others.length > 0 && (
        <Text size={200}>{t('record.alsoFollowing', { names: others.join(', ') })}</Text>
      )}
      {change.error && <Text role="alert">{errorText(change.error)}</Text>}

      <h3 className={styles.heading}>{t('record.contact')}</h3>
      {record.contactId ? (
        <ul className={styles.people}>
          <RemovableRow
            removeLabel={t('roles.clearContact')}
            busy={busy}
            onRemove={() => change.mutate((v) => setContact(type, record.id, null, v))}
          >
            <ContactLink id={record.contactId} />
          </RemovableRow>
        </ul>
      ) : (
        <Text>{t('common.none')}</Text>
      )}
      <ContactPicker
        spaceId={record.spaceId}
        creatable={false}
        size="small"
        label={record.contactId ? t('roles.changeContact') : t('roles.setContact')}
        exclude={takenContacts}
        disabled={busy}
        onPick={(o) => change.mutate((v) => setContact(type, record.id, o.id, v))}
      />

      <h3 className={styles.heading}>{t('record.participants')}</h3>
      {record.participantIds.length === 0 ? (
        <Text>{t('common.none')}</Text>
      ) : (
        <ul className={styles.people} aria-label={t('record.participants')}>
          {record.participantIds.map((id) => (
            <ParticipantRow
              key={id}
              id={id}
              busy={busy}
              onRemove={() => change.mutate((v) => removeParticipant(type, record.id, id, v))}
            />
          ))}
        </ul>
      )}
      <ContactPicker
        spaceId={record.spaceId}
        creatable={false}
        size="small"
        label={t('roles.addParticipant')}
        exclude={takenContacts}
        disabled={busy}
        onPick={(o) => change.mutate((v) => addParticipant(type, record.id, o.id, v))}
      />

      <h3 className={styles.heading}>{t('record.subscribers')}</h3>
      {record.subscriberIds.length === 0 ? (
        <Text>{t('record.noSubscribers')}</Text>
      ) : (
        <ul className={styles.people} aria-label={t('record.subscribers')}>
          {record.subscriberIds.map((id) => {
            const name = nameOf(id) ?? t('record.colleague');
            return (
              <RemovableRow
                key={id}
                removeLabel={t('roles.remove', { name })}
                busy={busy}
                onRemove={() => change.mutate((v) => removeSubscriber(type, record.id, id, v))}
              >
                <Avatar size={20} name={nameOf(id)} aria-hidden />
                <Text>{name}</Text>
              </RemovableRow>
            );
          })}
        </ul>
      )}
      <PersonPicker
        spaceId={record.spaceId}
        size="small"
        label={t('roles.addSubscriber')}
        exclude={record.subscriberIds}
        disabled={busy}
        onPick={(o) => change.mutate((v) => addSubscriber(type, record.id, o.id, v))}
      />
    </section>
  );
}
