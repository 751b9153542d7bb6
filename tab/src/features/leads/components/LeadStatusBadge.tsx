import { Badge } from '@fluentui/react-components';
import type { LeadStatus } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';

const COLORS = {
  new: 'brand',
  working: 'informative',
  qualified: 'success',
  disqualified: 'danger',
} as const;

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={COLORS[status]}>
      {t(`leads.status.${status}`)}
    </Badge>
  );
}
