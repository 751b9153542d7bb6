import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { DryRunResult } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { LeadPriorityBadge } from '../../leads/components/LeadPriorityBadge';

/** The dry run: each recent lead, where it went and where the edited rules would send it. */
export function DryRunTable({
  result,
  nameOf,
}: {
  result: DryRunResult;
  nameOf: (userId: string | undefined) => string | undefined;
}) {
  const { t } = useI18n();
  if (result.items.length === 0) return <Text>{t('routing.noLeads')}</Text>;
  const owner = (userId: string | undefined) =>
    userId ? (nameOf(userId) ?? userId) : t('routing.pool');
  return (
    <Table size="small" aria-label={t('routing.dryRunCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('routing.lead')}</TableHeaderCell>
          <TableHeaderCell>{t('routing.went')}</TableHeaderCell>
          <TableHeaderCell>{t('routing.wouldGo')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.items.map((row) => (
          <TableRow key={row.leadId} data-lead-id={row.leadId}>
            <TableCell>{row.title}</TableCell>
            <TableCell>
              {owner(row.actual.ownerId)} <LeadPriorityBadge priority={row.actual.priority} />
            </TableCell>
            <TableCell>
              {owner(row.predicted.ownerId)} <LeadPriorityBadge priority={row.predicted.priority} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
