import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { SalesTeamEntry, SpaceSalesTeams } from '@channel-crm/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';
import { loadSalesTeams, salesTeamsKey, saveSalesTeams } from '../api/routing-api';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  team: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  member: { minWidth: '160px' },
});

/** A space's sales teams (admins): members and their round-robin weights, saved whole. */
export function SalesTeamsPanel({ spaceId }: { spaceId: string }) {
  const query = useQuery({
    queryKey: salesTeamsKey(spaceId),
    queryFn: ({ signal }) => loadSalesTeams(spaceId, signal),
  });
  if (query.isPending) return <PageSkeleton rows={3} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <TeamsForm spaceId={spaceId} saved={query.data} />;
}

function TeamsForm({ spaceId, saved }: { spaceId: string; saved: SpaceSalesTeams }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { members, nameOf } = useMembers(spaceId);
  const queryClient = useQueryClient();
  const [teams, setTeams] = useState(saved.teams);
  const save = useMutation({
    mutationFn: () => saveSalesTeams(spaceId, { teams }, saved.version),
    onSuccess: (answer) => queryClient.setQueryData(salesTeamsKey(spaceId), answer),
  });
  const change = (index: number, team: SalesTeamEntry) => {
    setTeams(teams.map((old, i) => (i === index ? team : old)));
    save.reset();
  };
  return (
    <form
      className={styles.panel}
      aria-labelledby="sales-teams-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="sales-teams-heading" className={styles.heading}>
        {t('routing.teams')}
      </h2>
      {teams.length === 0 && <Text>{t('routing.noTeams')}</Text>}
      {teams.map((team, index) => (
        <fieldset key={team.id} className={styles.team}>
          <div className={styles.row}>
            <Field label={t('routing.teamName')}>
              <Input
                value={team.name}
                maxLength={200}
                onChange={(_, d) => change(index, { ...team, name: d.value })}
              />
            </Field>
            <Button
              icon={<DeleteRegular />}
              aria-label={t('routing.removeTeam', { name: team.name })}
              onClick={() => setTeams(teams.filter((_, i) => i !== index))}
            />
          </div>
          {team.members.map((member) => {
            const name = nameOf(member.userId) ?? member.userId;
            return (
              <div key={member.userId} className={styles.row}>
                <Text className={styles.member}>{name}</Text>
                <Field label={t('routing.weight', { name })}>
                  <SpinButton
                    value={member.weight}
                    min={1}
                    max={100}
                    onChange={(_, d) => {
                      const weight = d.value ?? Number(d.displayValue);
                      if (!Number.isInteger(weight)) return;
                      change(index, {
                        ...team,
                        members: team.members.map((m) =>
                          m.userId === member.userId ? { ...m, weight } : m,
                        ),
                      });
                    }}
                  />
                </Field>
                <Button
                  icon={<DeleteRegular />}
                  aria-label={t('routing.removeMember', { name })}
                  onClick={() =>
                    change(index, {
                      ...team,
                      members: team.members.filter((m) => m.userId !== member.userId),
                    })
                  }
                />
              </div>
            );
          })}
          <Field label={t('routing.addMember')}>
            <Dropdown
              value=""
              selectedOptions={[]}
              onOptionSelect={(_, d) =>
                d.optionValue &&
                change(index, {
                  ...team,
                  members: [...team.members, { userId: d.optionValue, weight: 1 }],
                })
              }
            >
              {members
                .filter((m) => !team.members.some((tm) => tm.userId === m.id))
                .map((m) => (
                  <Option key={m.id} value={m.id}>
                    {m.name}
                  </Option>
                ))}
            </Dropdown>
          </Field>
        </fieldset>
      ))}
      <div className={styles.row}>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            setTeams([...teams, { id: crypto.randomUUID(), name: t('routing.teams'), members: [] }])
          }
        >
          {t('routing.addTeam')}
        </Button>
      </div>
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {t('common.save')}
        </Button>
        {save.isSuccess && <Text role="status">{t('common.saved')}</Text>}
      </div>
    </form>
  );
}
