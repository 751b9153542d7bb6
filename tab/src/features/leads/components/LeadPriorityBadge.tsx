import { Badge } from '@fluentui/react-components';
import type { LeadPriority } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';

const COLORS = {
  low: 'subtle',
  normal: 'informative',
  high: 'warning',
  urgent: 'danger',
} as const;

/** Sorting by priority puts leads without one first, urgent last. */
export const PRIORITY_RANK = { low: 1, normal: 2, high: 3, urgent: 4 } as const;

/** The priority an assignment rule gave a lead; nothing for a lead without one. */
export function LeadPriorityBadge({ priority }: { priority: LeadPriority | undefined }) {
  const { t } = useI18n();
  if (!priority) return null;
  return (
    <Badge
      appearance="tint"
      color={COLORS[priority]}
      aria-label={`${t('leads.priority')}: ${t(`leads.priority.${priority}`)}`}
    >
      {t(`leads.priority.${priority}`)}
    </Badge>
  );
}
