import { Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { personName } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { listLeads, listOpportunities } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { formatSums } from '../../opportunities/components/format';

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

/** The personal tab: my work across every space I belong to. */
export function MyCrmPage() {
  const styles = useStyles();
  const { t, money, number } = useI18n();
  const { me, spaces } = useSpace();
  const leads = useQuery({
    queryKey: ['my', 'leads', me.id],
    queryFn: ({ signal }) => call(listLeads, { query: { ownerId: me.id, limit: 100 }, signal }),
  });
  const opportunities = useQuery({
    queryKey: ['my', 'opportunities', me.id],
    queryFn: ({ signal }) =>
      call(listOpportunities, {
        query: { ownerId: me.id, status: 'open', limit: 100 },
        signal,
      }),
  });
  if (leads.isPending || opportunities.isPending) return <PageSkeleton />;
  const error = leads.error ?? opportunities.error;
  if (error)
    return (
      <ErrorState
        error={error}
        onRetry={() => void Promise.all([leads.refetch(), opportunities.refetch()])}
      />
    );

  const openLeads = leads.data!.items.filter(
    (l) => (l.status === 'new' || l.status === 'working') && !l.archived,
  );
  const openOpportunities = opportunities.data!.items.filter((o) => o.status === 'open');
  const value: Record<string, number> = {};
  for (const o of openOpportunities)
    if (o.amount) value[o.amount.currency] = (value[o.amount.currency] ?? 0) + o.amount.amount;

  return (
    <div className={styles.page}>
      <Title3 as="h1">{t('my.title')}</Title3>
      <div className={styles.tiles}>
        <section className={styles.tile} aria-labelledby="my-leads">
          <h2 id="my-leads" className={styles.heading}>
            {t('my.openLeads')}
          </h2>
          <Text className={styles.big}>{number(openLeads.length)}</Text>
          <ul className={styles.list}>
            {openLeads.slice(0, 5).map((l) => (
              <li key={l.id}>
                <Link href={hrefOf(`/leads/${l.id}`)}>{personName(l)}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.tile} aria-labelledby="my-deals">
          <h2 id="my-deals" className={styles.heading}>
            {t('my.openDeals')}
          </h2>
          <Text className={styles.big}>{number(openOpportunities.length)}</Text>
          <ul className={styles.list}>
            {openOpportunities.slice(0, 5).map((o) => (
              <li key={o.id}>
                <Link href={hrefOf(`/opportunities/${o.id}`)}>{o.name}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.tile} aria-labelledby="my-value">
          <h2 id="my-value" className={styles.heading}>
            {t('my.pipelineValue')}
          </h2>
          <Text className={styles.big}>
            {formatSums(value, money, spaces[0]?.defaultCurrency ?? 'EUR')}
          </Text>
        </section>
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
    </div>
  );
}
