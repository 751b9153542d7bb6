import { LeadSource, LeadStatus, type LeadStats } from '@channel-crm/domain';
import { Text } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { StatsTable } from './StatsTable';

/** Every lead of the space by status (columns) and source (rows), with totals. */
export function StatusSourceSection({ statistics }: { statistics: LeadStats['statistics'] }) {
  const { t, number } = useI18n();
  if (statistics.total === 0) return <Text>{t('leadStats.noLeads')}</Text>;
  const count = (status: string, source: string) =>
    statistics.byStatusAndSource.find((row) => row.status === status && row.source === source)
      ?.count ?? 0;
  const sources = LeadSource.options.filter((source) =>
    statistics.byStatusAndSource.some((row) => row.source === source),
  );
  const statuses = LeadStatus.options;
  return (
    <StatsTable
      label={t('leadStats.statistics')}
      headers={[
        t('leadStats.source'),
        ...statuses.map((status) => t(`leads.status.${status}`)),
        t('leadStats.total'),
      ]}
      rows={sources.map((source) => ({
        key: source,
        cells: [
          t(`leads.source.${source}`),
          ...statuses.map((status) => number(count(status, source))),
          number(statuses.reduce((sum, status) => sum + count(status, source), 0)),
        ],
      }))}
      total={{
        key: 'total',
        cells: [
          t('leadStats.total'),
          ...statuses.map((status) =>
            number(sources.reduce((sum, source) => sum + count(status, source), 0)),
          ),
          number(statistics.total),
        ],
      }}
    />
  );
}
