import { Button, Text } from '@fluentui/react-components';
import type { Lead } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';

/**
 * Who accepted the lead, or Claim for the viewer when it is theirs to take: a lead of the free
 * pool, or one assigned to them that they have not accepted yet.
 */
export function LeadClaim({
  lead,
  disabled,
  onClaim,
}: {
  lead: Lead;
  disabled: boolean;
  onClaim: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSpace();
  const { nameOf } = useMembers(lead.spaceId);
  if (lead.claimedBy) {
    return <Text size={200}>{t('leads.claimedBy', { name: nameOf(lead.claimedBy) ?? '' })}</Text>;
  }
  if (lead.ownerId !== undefined && lead.ownerId !== me.id) return null;
  return (
    <Button
      size="small"
      disabled={disabled}
      aria-label={t('leads.claimLead', { name: lead.lastName })}
      onClick={onClaim}
    >
      {t('leads.claim')}
    </Button>
  );
}
