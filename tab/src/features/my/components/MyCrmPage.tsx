import { Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { personName } from '@channel-crm/domain';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { formatSums } from '../../opportunities/components/format';
import { useMyCrm } from '../hooks/use-my-crm';
import { OutOfOfficeSection } from './OutOfOfficeSection';
import { TaskSharingSection } from './TaskSharingSection';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL },
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  tile: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow2,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    alignContent: 'start',
  },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** The personal tab: my work across every space I belong to, counted by the server. */
export function MyCrmPage() {
  const styles = useStyles();
  const { t, money, number } = useI18n();
  const { spaces } = useSpace();
  const my = useMyCrm();
  if (my.isPending) return <PageSkeleton />;
  if (my.error) return <ErrorState error={my.error} onRetry={my.retry} />;
  const figures = my.figures!;
  const currency = spaces[0]?.defaultCurrency ?? 'EUR';

  return (
    <div className={styles.page}>
      <Title3 as="h1">{t('my.title')}</Title3>
      <div className={styles.tiles}>
        <section className={styles.tile} aria-labelledby="my-leads">
          <h2 id="my-leads" className={styles.heading}>
            {t('my.openLeads')}
          </h2>
          <Text className={styles.big}>{number(figures.openLeads)}</Text>
          {my.leads.length === 0 ? (
            <Text>{t('my.nothingOpen')}</Text>
          ) : (
            <ul className={styles.list}>
              {my.leads.map((l) => (
                <li key={l.id}>
                  <Link href={hrefOf(`/leads/${l.id}`)}>{personName(l)}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={styles.tile} aria-labelledby="my-deals">
          <h2 id="my-deals" className={styles.heading}>
            {t('my.openDeals')}
          </h2>
          <Text className={styles.big}>{number(figures.openOpportunities)}</Text>
          {my.opportunities.length === 0 ? (
            <Text>{t('my.nothingOpen')}</Text>
          ) : (
            <ul className={styles.list}>
              {my.opportunities.map((o) => (
                <li key={o.id}>
                  <Link href={hrefOf(`/opportunities/${o.id}`)}>{o.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={styles.tile} aria-labelledby="my-overdue">
          <h2 id="my-overdue" className={styles.heading}>
            {t('my.overdueDeals')}
          </h2>
          <Text className={styles.big}>{number(figures.overdueOpportunities)}</Text>
        </section>
        {figures.pipeline && (
          <section className={styles.tile} aria-labelledby="my-value">
            <h2 id="my-value" className={styles.heading}>
              {t('my.pipelineValue')}
            </h2>
            <Text size={200}>{t('my.pipelineScope')}</Text>
            <Text className={styles.big}>
              {formatSums(figures.pipeline.amounts, money, currency)}
            </Text>
            <Text>
              {t('my.weighted', {
                amount: formatSums(figures.pipeline.weightedAmounts, money, currency),
              })}
            </Text>
          </section>
        )}
        <section className={styles.tile} aria-labelledby="my-spaces">
          <h2 id="my-spaces" className={styles.heading}>
            {t('my.spaces')}
          </h2>
          <ul className={styles.list}>
            {spaces.map((s) => (
              <li key={s.id}>
                <Text>{s.name}</Text>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className={styles.tile} aria-labelledby="my-availability">
        <h2 id="my-availability" className={styles.heading}>
          {t('my.availability')}
        </h2>
        <OutOfOfficeSection />
      </section>
      <section className={styles.tile} aria-labelledby="my-task-sharing">
        <h2 id="my-task-sharing" className={styles.heading}>
          {t('taskSharing.title')}
        </h2>
        <TaskSharingSection />
      </section>
    </div>
  );
}
