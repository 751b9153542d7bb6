import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { AssignmentRuleEntry, SpaceAssignmentRules } from '@channel-crm/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';
import {
  assignmentRulesKey,
  dryRunAssignmentRules,
  loadAssignmentRules,
  loadSalesTeams,
  salesTeamsKey,
  saveAssignmentRules,
} from '../api/routing-api';
import { DryRunTable } from './DryRunTable';
import { RuleEditor } from './RuleEditor';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** A space's assignment rules (admins): ordered, edited, dry-run, then saved whole. */
export function AssignmentRulesPanel({ spaceId }: { spaceId: string }) {
  const query = useQuery({
    queryKey: assignmentRulesKey(spaceId),
    queryFn: ({ signal }) => loadAssignmentRules(spaceId, signal),
  });
  if (query.isPending) return <PageSkeleton rows={3} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <RulesForm spaceId={spaceId} saved={query.data} />;
}

function RulesForm({ spaceId, saved }: { spaceId: string; saved: SpaceAssignmentRules }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { members, nameOf } = useMembers(spaceId);
  const teams = useQuery({
    queryKey: salesTeamsKey(spaceId),
    queryFn: ({ signal }) => loadSalesTeams(spaceId, signal),
  });
  const [rules, setRules] = useState<AssignmentRuleEntry[]>(
    saved.rules.map(({ order: _order, ...rule }) => rule),
  );
  const save = useMutation({
    mutationFn: () => saveAssignmentRules(spaceId, { rules }, saved.version),
    onSuccess: (answer) => queryClient.setQueryData(assignmentRulesKey(spaceId), answer),
  });
  const dryRun = useMutation({ mutationFn: () => dryRunAssignmentRules(spaceId, { rules }) });
  const edit = (next: AssignmentRuleEntry[]) => {
    setRules(next);
    save.reset();
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...rules];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    edit(next);
  };
  const addRule = () =>
    edit([
      ...rules,
      {
        id: crypto.randomUUID(),
        name: t('routing.newRuleName'),
        active: true,
        conditions: [],
        actions: { assign: { to: 'pool' }, addTags: [], notify: [] },
      },
    ]);
  return (
    <form
      className={styles.panel}
      aria-labelledby="assignment-rules-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="assignment-rules-heading" className={styles.heading}>
        {t('routing.rules')}
      </h2>
      <Text>{t('routing.rulesHint')}</Text>
      {rules.length === 0 && <Text>{t('routing.noRules')}</Text>}
      {rules.map((rule, index) => (
        <RuleEditor
          key={rule.id}
          rule={rule}
          position={index}
          count={rules.length}
          members={members}
          teams={teams.data?.teams ?? []}
          onChange={(changed) => edit(rules.map((r, i) => (i === index ? changed : r)))}
          onMove={(by) => move(index, by)}
          onRemove={() => edit(rules.filter((_, i) => i !== index))}
        />
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={addRule}>
          {t('routing.addRule')}
        </Button>
      </div>
      {(save.error ?? dryRun.error) && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error ?? dryRun.error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button disabled={dryRun.isPending} onClick={() => dryRun.mutate()}>
          {t('routing.dryRun')}
        </Button>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {t('common.save')}
        </Button>
        {save.isSuccess && <Text role="status">{t('common.saved')}</Text>}
      </div>
      {dryRun.data && <DryRunTable result={dryRun.data} nameOf={nameOf} />}
    </form>
  );
}
