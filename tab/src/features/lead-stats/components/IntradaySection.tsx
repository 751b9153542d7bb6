import type { LeadIntraday } from '@channel-crm/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { StatsTable } from './StatsTable';

const useStyles = makeStyles({
  bars: { display: 'grid', gap: '2px', minWidth: '120px' },
  // Borders rather than fills alone, so high contrast still draws both bars.
  today: {
    height: '8px',
    backgroundColor: tokens.colorBrandBackground,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  average: {
    height: '8px',
    backgroundColor: tokens.colorNeutralBackground5,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

/** Today's arrivals by hour next to the same weekday's average, as figures and bars. */
export function IntradaySection({ intraday }: { intraday: LeadIntraday }) {
  const styles = useStyles();
  const { t, number } = useI18n();
  const top = Math.max(1, ...intraday.hours.flatMap((h) => [h.arrivals, h.average]));
  const width = (value: number) => `${Math.round((100 * value) / top)}%`;
  return (
    <>
      <Text>{t('leadStats.intradayHint', { weeks: intraday.weeks })}</Text>
      {intraday.arrivals === 0 && <Text>{t('leadStats.noArrivals')}</Text>}
      <StatsTable
        label={t('leadStats.intraday')}
        headers={[t('leadStats.hour'), t('leadStats.today'), t('leadStats.average'), '']}
        rows={intraday.hours.map((h) => ({
          key: String(h.hour),
          cells: [
            `${String(h.hour).padStart(2, '0')}:00`,
            number(h.arrivals),
            number(h.average),
            <div className={styles.bars} aria-hidden key="bars">
              <div className={styles.today} style={{ width: width(h.arrivals) }} />
              <div className={styles.average} style={{ width: width(h.average) }} />
            </div>,
          ],
        }))}
      />
    </>
  );
}
