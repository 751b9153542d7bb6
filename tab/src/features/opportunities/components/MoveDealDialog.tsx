import { Field, Select, Text } from '@fluentui/react-components';
import type { Opportunity } from '@channel-crm/domain';
import { useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import { userNamedError } from '../../users/user-named-error';
import { moveToSpace } from '../api/opportunities-api';
import { useOpportunityChange } from '../hooks/use-opportunity-change';

/** Moves the deal into another of the user's spaces, saying what leaves and where it goes. */
export function MoveDealDialog({
  opportunity,
  onClose,
}: {
  opportunity: Opportunity;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { spaces } = useSpace();
  const others = spaces.filter((s) => s.id !== opportunity.spaceId);
  const from = spaces.find((s) => s.id === opportunity.spaceId)?.name ?? '…';
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const move = useOpportunityChange(opportunity, onClose);
  // The owner or a co-owner the target space refuses is a member here: say who by name.
  const { nameOf } = useMembers(opportunity.spaceId);
  return (
    <FormDialog
      open
      title={t('opportunities.moveSpaceTitle')}
      error={userNamedError(move.error, nameOf)}
      busy={move.isPending}
      submitLabel={t('opportunities.moveConfirm')}
      onSubmit={() => target && move.mutate((current) => moveToSpace(current, target))}
      onClose={onClose}
    >
      <Text>{t('opportunities.moveSpaceWhat', { name: opportunity.name, from })}</Text>
      {others.length === 0 ? (
        <Text>{t('opportunities.noOtherSpace')}</Text>
      ) : (
        <Field label={t('opportunities.space')} required>
          <Select value={target} onChange={(_, d) => setTarget(d.value)}>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </FormDialog>
  );
}
