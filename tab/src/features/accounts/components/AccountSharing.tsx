import { Checkbox, Field, Radio, RadioGroup, Switch, Text } from '@fluentui/react-components';
import type { Account, UpdateAccountInput } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { MemberSelect } from '../../records/components/MemberSelect';
import { SidePanelSection } from '../../records/components/SidePanelSection';
import { useRecordAction } from '../../records/hooks/use-record-action';
import { updateAccount } from '../api/accounts-api';

/** Key account, manager, private (its creator only) and the spaces that see the account. */
export function AccountSharing({ account }: { account: Account }) {
  const { t } = useI18n();
  const { me, spaces, space } = useSpace();
  const action = useRecordAction<Account>('account', account.id, account, {
    invalidate: [['accounts']],
    onDone: () => undefined,
  });
  const save = (input: UpdateAccountInput) =>
    action.mutate((current) => updateAccount(current.id, input, current.version));
  const busy = action.isPending;
  const creator = account.createdBy === me.id;
  const toggleSpace = (id: string, on: boolean) =>
    save({
      spaceIds: on ? [...account.spaceIds, id] : account.spaceIds.filter((s) => s !== id),
    });

  return (
    <SidePanelSection error={action.error}>
      <Switch
        label={t('accounts.keyAccount')}
        checked={account.keyAccount}
        disabled={busy}
        onChange={(_, d) => save({ keyAccount: d.checked })}
      />
      <MemberSelect
        spaceId={space?.id}
        label={t('accounts.manager')}
        noneLabel={t('common.none')}
        value={account.managerId}
        disabled={busy}
        onChange={(managerId) => save({ managerId })}
      />
      <Switch
        label={t('accounts.private')}
        checked={account.private}
        disabled={busy || !creator}
        onChange={(_, d) => save({ private: d.checked })}
      />
      {!creator && <Text size={200}>{t('accounts.privateCreatorOnly')}</Text>}
      <Field label={t('accounts.visibleIn')} size="small">
        <RadioGroup
          value={account.global ? 'global' : 'spaces'}
          disabled={busy}
          onChange={(_, d) => save({ global: d.value === 'global' })}
        >
          <Radio value="global" label={t('accounts.everySpace')} />
          <Radio value="spaces" label={t('accounts.chosenSpaces')} />
        </RadioGroup>
      </Field>
      {!account.global && (
        <div role="group" aria-label={t('accounts.chosenSpaces')}>
          {spaces.map((s) => (
            <Checkbox
              key={s.id}
              label={s.name}
              checked={account.spaceIds.includes(s.id)}
              disabled={busy}
              onChange={(_, d) => toggleSpace(s.id, d.checked === true)}
            />
          ))}
        </div>
      )}
    </SidePanelSection>
  );
}
