import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { LeadSource, RoutingCondition, RoutingTextField } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { ListInput } from './ListInput';

const KINDS = ['source', 'country', 'company', 'tag', 'email_domain', 'text_contains'] as const;
const SOURCES: LeadSource[] = ['csv', 'web_form', 'email', 'call', 'inbound_api', 'manual'];
const TEXT_FIELDS: RoutingTextField[] = [
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'website',
];

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** A fresh condition of a kind, with what it needs left empty for the admin to fill. */
export function blankCondition(kind: RoutingCondition['kind']): RoutingCondition {
  switch (kind) {
    case 'source':
      return { kind, anyOf: ['inbound_api'] };
    case 'company':
      return { kind, operator: 'contains', text: '' };
    case 'text_contains':
      return { kind, field: 'company', text: '' };
    default:
      return { kind, anyOf: [] };
  }
}

/** One condition of a rule: its kind, then the values or text it tests. */
export function ConditionEditor({
  condition,
  onChange,
  onRemove,
}: {
  condition: RoutingCondition;
  onChange: (condition: RoutingCondition) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.row}>
      <Field label={t('routing.conditionKind')}>
        <Select
          value={condition.kind}
          onChange={(_, d) => onChange(blankCondition(d.value as RoutingCondition['kind']))}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`routing.condition.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      {condition.kind === 'source' && (
        <Field label={t('routing.condition.source')}>
          <Select
            value={condition.anyOf[0]}
            onChange={(_, d) => onChange({ kind: 'source', anyOf: [d.value as LeadSource] })}
          >
            {SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`leads.source.${source}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {(condition.kind === 'country' ||
        condition.kind === 'tag' ||
        condition.kind === 'email_domain') && (
        <ListInput
          label={t('routing.values')}
          items={condition.anyOf}
          onChange={(anyOf) => onChange({ ...condition, anyOf } as RoutingCondition)}
        />
      )}
      {condition.kind === 'company' && (
        <Field label={t('routing.condition.company')}>
          <Select
            value={condition.operator}
            onChange={(_, d) =>
              onChange({ ...condition, operator: d.value === 'equals' ? 'equals' : 'contains' })
            }
          >
            <option value="contains">{t('routing.contains')}</option>
            <option value="equals">{t('routing.equals')}</option>
          </Select>
        </Field>
      )}
      {condition.kind === 'text_contains' && (
        <Field label={t('routing.field')}>
          <Select
            value={condition.field}
            onChange={(_, d) => onChange({ ...condition, field: d.value as RoutingTextField })}
          >
            {TEXT_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`common.${field}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {(condition.kind === 'company' || condition.kind === 'text_contains') && (
        <Field label={t('routing.text')}>
          <Input
            value={condition.text}
            maxLength={200}
            onChange={(_, d) => onChange({ ...condition, text: d.value })}
          />
        </Field>
      )}
      <Button
        icon={<DeleteRegular />}
        aria-label={t('routing.removeCondition')}
        onClick={onRemove}
      />
    </div>
  );
}
