import type { LeadStats } from '@channel-crm/domain';
import { Text } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';
import { StatsTable } from './StatsTable';

type Conversion = { total: number; qualified: number };

/** Qualified out of all leads that arrived in the period, by source and by seller. */
export function ConversionsSection({ conversions }: { conversions: LeadStats['conversions'] }) {
  const { t, number, percent } = useI18n();
  const { nameOf } = useMembers();
  if (conversions.all.total === 0) return <Text>{t('leadStats.empty')}</Text>;
  const figures = (row: Conversion) => [
    number(row.total),
    number(row.qualified),
    percent(Math.round((100 * row.qualified) / row.total)),
  ];
  const total = { key: 'all', cells: [t('leadStats.all'), ...figures(conversions.all)] };
  const headers = (first: string) => [
    first,
    t('leadStats.leads'),
    t('leadStats.qualified'),
    t('leadStats.rate'),
  ];
  return (
    <>
      <StatsTable
        label={t('leadStats.bySource')}
        headers={headers(t('leadStats.source'))}
        rows={conversions.bySource.map((row) => ({
          key: row.source,
          cells: [t(`leads.source.${row.source}`), ...figures(row)],
        }))}
        total={total}
      />
      <StatsTable
        label={t('leadStats.bySeller')}
        headers={headers(t('leadStats.seller'))}
        rows={conversions.bySeller.map((row) => ({
          key: row.ownerId ?? 'free-pool',
          cells: [
            row.ownerId ? (nameOf(row.ownerId) ?? row.ownerId) : t('leadStats.freePool'),
            ...figures(row),
          ],
        }))}
        total={total}
      />
    </>
  );
}
