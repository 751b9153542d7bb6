import type { SplitControl } from '@channel-crm/domain';
import { Text } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';
import { StatsTable } from './StatsTable';

/** Each co-owner's split leads and the sum of their shares (a whole lead is 100 %). */
export function SplitControlSection({ split }: { split: SplitControl }) {
  const { t, number, percent } = useI18n();
  const { nameOf } = useMembers();
  if (split.users.length === 0) return <Text>{t('leadStats.splitEmpty')}</Text>;
  const share = (basisPoints: number) => percent(Math.round(basisPoints / 100));
  return (
    <StatsTable
      label={t('leadStats.split')}
      headers={[t('leadStats.coOwner'), t('leadStats.splitLeads'), t('leadStats.shareSum')]}
      rows={split.users.map((user) => ({
        key: user.userId,
        cells: [nameOf(user.userId) ?? user.userId, number(user.leads), share(user.basisPoints)],
      }))}
      total={{
        key: 'total',
        cells: [t('leadStats.total'), number(split.splitLeads), share(split.totals.basisPoints)],
      }}
    />
  );
}
