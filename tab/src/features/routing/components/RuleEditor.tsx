import {
  Button,
  Field,
  Input,
  Select,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type {
  AssignmentRuleEntry,
  LeadPriority,
  RoutingAssignment,
  SalesTeamEntry,
  SpaceMember,
} from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { blankCondition, ConditionEditor } from './ConditionEditor';
import { EntrySelect } from './EntrySelect';
import { ListInput } from './ListInput';

const PRIORITIES: LeadPriority[] = ['low', 'normal', 'high', 'urgent'];

const useStyles = makeStyles({
  rule: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

type Props = {
  rule: AssignmentRuleEntry;
  position: number;
  count: number;
  members: readonly SpaceMember[];
  teams: readonly SalesTeamEntry[];
  onChange: (rule: AssignmentRuleEntry) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One assignment rule: name, active, its conditions and what it does to a matching lead. */
export function RuleEditor({
  rule,
  position,
  count,
  members,
  teams,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const { actions } = rule;
  const act = (change: Partial<AssignmentRuleEntry['actions']>) =>
    onChange({ ...rule, actions: { ...actions, ...change } });
  const assignTo = (to: RoutingAssignment['to']): RoutingAssignment =>
    to === 'user'
      ? { to, userId: members[0]?.id ?? '' }
      : to === 'team'
        ? { to, teamId: teams[0]?.id ?? '' }
        : { to };
  return (
    <fieldset className={styles.rule}>
      <legend className={styles.legend}>{`${position + 1}. ${rule.name}`}</legend>
      <div className={styles.row}>
        <Field label={t('routing.ruleName')}>
          <Input
            value={rule.name}
            maxLength={200}
            onChange={(_, d) => onChange({ ...rule, name: d.value })}
          />
        </Field>
        <Switch
          label={t('routing.active')}
          checked={rule.active}
          onChange={(_, d) => onChange({ ...rule, active: d.checked })}
        />
        <Button
          icon={<ArrowUpRegular />}
          aria-label={t('routing.moveUp', { name: rule.name })}
          disabled={position === 0}
          onClick={() => onMove(-1)}
        />
        <Button
          icon={<ArrowDownRegular />}
          aria-label={t('routing.moveDown', { name: rule.name })}
          disabled={position === count - 1}
          onClick={() => onMove(1)}
        />
        <Button
          icon={<DeleteRegular />}
          aria-label={t('routing.removeRule', { name: rule.name })}
          onClick={onRemove}
        />
      </div>
      <span>{t('routing.conditions')}</span>
      {rule.conditions.map((condition, index) => (
        <ConditionEditor
          key={index}
          condition={condition}
          onChange={(changed) =>
            onChange({
              ...rule,
              conditions: rule.conditions.map((c, i) => (i === index ? changed : c)),
            })
          }
          onRemove={() =>
            onChange({ ...rule, conditions: rule.conditions.filter((_, i) => i !== index) })
          }
        />
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            onChange({ ...rule, conditions: [...rule.conditions, blankCondition('source')] })
          }
        >
          {t('routing.addCondition')}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={t('routing.assign')}>
          <Select
            value={actions.assign.to}
            onChange={(_, d) => act({ assign: assignTo(d.value as RoutingAssignment['to']) })}
          >
            <option value="user">{t('routing.assign.user')}</option>
            <option value="team">{t('routing.assign.team')}</option>
            <option value="pool">{t('routing.assign.pool')}</option>
          </Select>
        </Field>
        {actions.assign.to === 'user' && (
          <EntrySelect
            label={t('routing.person')}
            entries={members}
            value={actions.assign.userId}
            onChange={(userId) => act({ assign: { to: 'user', userId } })}
          />
        )}
        {actions.assign.to === 'team' && (
          <EntrySelect
            label={t('routing.team')}
            entries={teams}
            value={actions.assign.teamId}
            onChange={(teamId) => act({ assign: { to: 'team', teamId } })}
          />
        )}
        <Field label={t('routing.priority')}>
          <Select
            value={actions.priority ?? ''}
            onChange={(_, d) =>
              act({ priority: d.value === '' ? undefined : (d.value as LeadPriority) })
            }
          >
            <option value="">{t('routing.keepPriority')}</option>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`leads.priority.${priority}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <ListInput
          label={t('routing.addTags')}
          items={actions.addTags}
          onChange={(addTags) => act({ addTags })}
        />
        <EntrySelect
          label={t('routing.notify')}
          entries={members}
          value={actions.notify[0] ?? ''}
          none="—"
          onChange={(id) => act({ notify: id ? [id] : [] })}
        />
      </div>
    </fieldset>
  );
}
