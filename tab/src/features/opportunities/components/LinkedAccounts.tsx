import { Button, Link, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { DismissRegular, StarFilled, StarRegular } from '@fluentui/react-icons';
import type { Opportunity } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import type { PickedRecord } from '../../records/api/picker-api';
import { AccountPicker } from '../../records/components/AccountPicker';
import { SidePanelSection } from '../../records/components/SidePanelSection';
import {
  accountNames,
  accountNamesKey,
  linkAccount,
  setPrimaryAccount,
  unlinkAccount,
} from '../api/opportunities-api';
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
  star: { color: tokens.colorPaletteMarigoldForeground2 },
  link: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
});

/** The deal's linked accounts: the primary one starred, others to star or unlink, one to link. */
export function LinkedAccounts({ opportunity }: { opportunity: Opportunity }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [picked, setPicked] = useState<PickedRecord>();
  const [round, setRound] = useState(0);
  const change = useOpportunityChange(opportunity);
  const ids = opportunity.accountIds;
  const names = useQuery({
    queryKey: accountNamesKey(ids),
    queryFn: ({ signal }) => accountNames(ids, signal),
    placeholderData: (previous) => previous,
  });
  const primary = opportunity.primaryAccountId ?? ids[0];
  const nameOf = (id: string) => names.data?.[id] ?? '…';
  const disabled = opportunity.locked || change.isPending;
  const link = () => {
    if (!picked) return;
    change.mutate((current) => linkAccount(current, picked.id), {
      onSuccess: () => {
        setPicked(undefined);
        setRound((r) => r + 1);
      },
    });
  };
  return (
    <SidePanelSection
      title={t('opportunities.accounts')}
      busy={names.isPending}
      error={change.error}
    >
      {ids.length === 0 ? (
        <Text>{t('opportunities.noAccounts')}</Text>
      ) : (
        <ul className={styles.list}>
          {ids.map((id) => {
            const name = nameOf(id);
            const isPrimary = id === primary;
            return (
              <li key={id} className={styles.row} data-account-id={id}>
                <Tooltip
                  relationship="label"
                  content={
                    isPrimary
                      ? t('opportunities.primary')
                      : t('opportunities.makePrimary', { name })
                  }
                >
                  <Button
                    appearance="subtle"
                    aria-pressed={isPrimary}
                    icon={isPrimary ? <StarFilled className={styles.star} /> : <StarRegular />}
                    disabledFocusable={disabled || isPrimary}
                    onClick={() => change.mutate((current) => setPrimaryAccount(current, id))}
                  />
                </Tooltip>
                <Link href={hrefOf(`/accounts/${id}`)}>{name}</Link>
                <Tooltip relationship="label" content={t('opportunities.unlink', { name })}>
                  <Button
                    appearance="subtle"
                    icon={<DismissRegular />}
                    disabledFocusable={disabled}
                    onClick={() => change.mutate((current) => unlinkAccount(current, id))}
                  />
                </Tooltip>
              </li>
            );
          })}
        </ul>
      )}
      {!opportunity.locked && (
        <div className={styles.link}>
          <AccountPicker
            key={round}
            spaceId={opportunity.spaceId}
            label={t('opportunities.linkAccount')}
            value={picked}
            onChange={setPicked}
            exclude={ids}
          />
          <Button disabledFocusable={!picked || disabled} onClick={link}>
            {t('opportunities.link')}
          </Button>
        </div>
      )}
    </SidePanelSection>
  );
}
