import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useNotificationSettings } from '../hooks/use-notification-settings';
import { DeliveryForm } from './DeliveryForm';
import { MutedRecordRow } from './MutedRecordRow';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow2,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

/** The signed-in user's own notification settings: how they hear of changes, what they muted. */
export function NotificationsPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const settings = useNotificationSettings();
  const mutedHeading = useRef<HTMLHeadingElement>(null);

  if (settings.isPending) return <PageSkeleton rows={6} />;
  if (settings.error)
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const muted = settings.data.mutedRecords;

  return (
    <div className={styles.page}>
      <Title3 as="h1">{t('notifications.title')}</Title3>
      <Text className={styles.hint}>{t('notifications.intro')}</Text>
      <section className={styles.panel} aria-labelledby="notifications-delivery">
        <h2 id="notifications-delivery" className={styles.heading}>
          {t('notifications.delivery')}
        </h2>
        <DeliveryForm settings={settings.data} />
      </section>
      <section className={styles.panel} aria-labelledby="notifications-muted">
        {/* Focus lands here after an Unmute removes the row that had it. */}
        <h2 id="notifications-muted" ref={mutedHeading} tabIndex={-1} className={styles.heading}>
          {t('notifications.muted')}
        </h2>
        <Text className={styles.hint}>{t('notifications.mutedHint')}</Text>
        {muted.length === 0 ? (
          <Text>{t('notifications.noneMuted')}</Text>
        ) : (
          <ul className={styles.list} aria-labelledby="notifications-muted">
            {muted.map((record) => (
              <MutedRecordRow
                key={record.id}
                record={record}
                onUnmuted={() => mutedHeading.current?.focus()}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
