import { Avatar, Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Opportunity } from '@channel-crm/domain';
import { useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { PickedRecord } from '../../records/api/picker-api';
import { PersonPicker } from '../../records/components/PersonPicker';
import { SidePanelSection } from '../../records/components/SidePanelSection';
import { useMembers } from '../../users/hooks/use-members';
import { updateOpportunity } from '../api/opportunities-api';
import { useOpportunityChange } from '../hooks/use-opportunity-change';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  pick: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
});

/** The deal's owner, handed to another member, and its co-owners, added or removed. */
export function DealPeople({ opportunity }: { opportunity: Opportunity }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { nameOf } = useMembers(opportunity.spaceId);
  const [owner, setOwner] = useState<PickedRecord>();
  const [coOwner, setCoOwner] = useState<PickedRecord>();
  const [round, setRound] = useState(0);
  const change = useOpportunityChange(opportunity, () => {
    setOwner(undefined);
    setCoOwner(undefined);
    setRound((r) => r + 1);
  });
  const coOwnerIds = opportunity.coOwnerIds;
  const disabled = opportunity.locked || change.isPending;
  const save = (patch: { ownerId?: string; coOwnerIds?: string[] }) =>
    change.mutate((current) => updateOpportunity(current.id, patch, current.version));
  return (
    <SidePanelSection title={t('opportunities.people')} error={change.error}>
      <div className={styles.row}>
        <Avatar size={24} name={nameOf(opportunity.ownerId)} aria-hidden />
        <Text>
          {t('common.owner')}: {nameOf(opportunity.ownerId) ?? '…'}
        </Text>
      </div>
      {!opportunity.locked && (
        <div className={styles.pick}>
          <PersonPicker
            key={`owner-${round}`}
            spaceId={opportunity.spaceId}
            label={t('opportunities.newOwner')}
            value={owner}
            onChange={setOwner}
            exclude={[opportunity.ownerId]}
          />
          <Button
            disabledFocusable={!owner || disabled}
            onClick={() => owner && save({ ownerId: owner.id })}
          >
            {t('opportunities.changeOwner')}
          </Button>
        </div>
      )}
      <Text weight="semibold">{t('opportunities.coOwners')}</Text>
      {coOwnerIds.length === 0 ? (
        <Text>{t('opportunities.noCoOwners')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('opportunities.coOwners')}>
          {coOwnerIds.map((id) => {
            const name = nameOf(id) ?? '…';
            return (
              <li key={id} className={styles.row}>
                <Avatar size={20} name={name} aria-hidden />
                <Text>{name}</Text>
                <Tooltip relationship="label" content={t('opportunities.removeCoOwner', { name })}>
                  <Button
                    appearance="subtle"
                    icon={<DismissRegular />}
                    disabledFocusable={disabled}
                    onClick={() => save({ coOwnerIds: coOwnerIds.filter((c) => c !== id) })}
                  />
                </Tooltip>
              </li>
            );
          })}
        </ul>
      )}
      {!opportunity.locked && (
        <div className={styles.pick}>
          <PersonPicker
            key={`co-${round}`}
            spaceId={opportunity.spaceId}
            label={t('opportunities.addCoOwner')}
            value={coOwner}
            onChange={setCoOwner}
            exclude={[opportunity.ownerId, ...coOwnerIds]}
          />
          <Button
            disabledFocusable={!coOwner || disabled}
            onClick={() => coOwner && save({ coOwnerIds: [...coOwnerIds, coOwner.id] })}
          >
            {t('opportunities.add')}
          </Button>
        </div>
      )}
    </SidePanelSection>
  );
}
