import type { LeadStats } from '@channel-crm/domain';
import { Text } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';

/** The median time to first touch, in the largest unit that keeps it readable. */
export function FirstTouch({ statistics }: { statistics: LeadStats['statistics'] }) {
  const { t } = useI18n();
  const median = statistics.medianFirstTouch;
  if (!median) return <Text>{t('leadStats.firstTouchNone')}</Text>;
  const { minutes } = median;
  const time =
    minutes < 90
      ? t('leadStats.minutes', { count: Math.round(minutes) })
      : minutes < 48 * 60
        ? t('leadStats.hours', { count: Math.round(minutes / 60) })
        : t('leadStats.days', { count: Math.round(minutes / 1440) });
  return <Text>{t('leadStats.firstTouchValue', { time, count: statistics.touched })}</Text>;
}
