import { Button, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { browserTimeZone, periodDates, type DateRange } from '../api/lead-stats-api';
import { useLeadStats } from '../hooks/use-lead-stats';
import { ConversionsSection } from './ConversionsSection';
import { FirstTouch } from './FirstTouch';
import { IntradaySection } from './IntradaySection';
import { PeriodPicker, type PeriodChoice } from './PeriodPicker';
import { SplitControlSection } from './SplitControlSection';
import { StatusSourceSection } from './StatusSourceSection';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  section: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The space's lead figures, all answered by the server from the counters lead writes keep. */
export function LeadStatsPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { space } = useSpace();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'last', days: 30 });
  const lastDays = periodDates(
    choice.kind === 'last' ? choice.days : 30,
    Date.now(),
    browserTimeZone(),
  );
  const range = choice.kind === 'last' ? lastDays : choice.range;
  if (!space) return <EmptyState title={t('leadStats.noLeads')} />;
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Button
          appearance="subtle"
          icon={<ArrowLeftRegular />}
          aria-label={t('leadStats.back')}
          onClick={() => navigate('/leads')}
        />
        <Title3 as="h1">{t('leadStats.title')}</Title3>
        <Text>{space.name}</Text>
        <PeriodPicker choice={choice} lastDays={lastDays} onChange={setChoice} />
      </div>
      <LeadFigures spaceId={space.id} range={range} />
    </div>
  );
}

function LeadFigures({ spaceId, range }: { spaceId: string; range: DateRange }) {
  const { t } = useI18n();
  const figures = useLeadStats(spaceId, range);
  if (figures.isPending) return <PageSkeleton />;
  if (figures.error) return <ErrorState error={figures.error} onRetry={figures.retry} />;
  const { stats, intraday, split } = figures;
  if (!stats || !intraday || !split) return <PageSkeleton />;
  return (
    <>
      <Section id="lead-stats-conversions" title={t('leadStats.conversions')}>
        <Text>{t('leadStats.conversionsHint')}</Text>
        <ConversionsSection conversions={stats.conversions} />
      </Section>
      <Section id="lead-stats-statistics" title={t('leadStats.statistics')}>
        <StatusSourceSection statistics={stats.statistics} />
      </Section>
      <Section id="lead-stats-first-touch" title={t('leadStats.firstTouch')}>
        <FirstTouch statistics={stats.statistics} />
      </Section>
      <Section id="lead-stats-intraday" title={t('leadStats.intraday')}>
        <IntradaySection intraday={intraday} />
      </Section>
      <Section id="lead-stats-split" title={t('leadStats.split')}>
        <SplitControlSection split={split} />
      </Section>
    </>
  );
}
