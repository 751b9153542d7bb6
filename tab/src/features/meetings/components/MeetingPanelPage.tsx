import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { MeetingTag } from '@channel-crm/domain';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useRoute } from '../../../shell/router';
import { useMeetingDeals } from '../hooks/use-meeting-deals';
import { useTeamsMeetingChat } from '../hooks/use-teams-meeting';
import { useHost } from '../../../shell/HostContext';
import { MeetingDeal } from './MeetingDeal';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM, alignContent: 'start' },
  account: { display: 'grid', gap: tokens.spacingVerticalS },
  accountName: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  deals: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
});

/** The longest meeting title a note keeps. */
const TITLE_MAX = 200;

/**
 * A Teams meeting's side panel: per account whose contacts are invited, its open deals with
 * stage, amount and next activity, and a note composer per deal. The meeting is the Teams
 * context's, or in a browser `#/meeting?chat=<chat id>`.
 */
export function MeetingPanelPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const linked = useRoute().query.get('chat');
  const teams = useTeamsMeetingChat(useHost().kind === 'teams' && !linked);
  const chatId = linked ?? teams.data ?? undefined;
  const deals = useMeetingDeals(chatId);

  if (teams.isLoading) return <PageSkeleton rows={4} />;
  if (!chatId) return <EmptyState title={t('meetings.outsideMeeting')} />;
  if (deals.isPending)
    return (
      <div>
        <Text role="status">{t('meetings.loading')}</Text>
        <PageSkeleton rows={4} />
      </div>
    );
  if (deals.error) return <ErrorState error={deals.error} onRetry={() => void deals.refetch()} />;

  const title = deals.data.meeting.title ?? t('meetings.thisMeeting');
  const meeting: MeetingTag = { chatId, title: title.slice(0, TITLE_MAX) };
  return (
    <section className={styles.page}>
      <Title3 as="h1">{t('meetings.title', { meeting: title })}</Title3>
      {deals.data.inviteesPartial && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('meetings.partial')}</MessageBarBody>
        </MessageBar>
      )}
      {deals.data.accounts.length === 0 && <EmptyState title={t('meetings.empty')} />}
      {deals.data.accounts.map(({ account, opportunities }) => (
        <section
          key={account.id}
          className={styles.account}
          aria-label={t('meetings.account', { account: account.name })}
          data-account-id={account.id}
        >
          <h2 className={styles.accountName}>{account.name}</h2>
          {opportunities.length === 0 ? (
            <Text>{t('meetings.noDeals')}</Text>
          ) : (
            <ul className={styles.deals}>
              {opportunities.map((o) => (
                <li key={o.id}>
                  <MeetingDeal opportunity={o} meeting={meeting} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
