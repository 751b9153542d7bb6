import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { SHARE_TOTAL, splitShares, type User } from '@channel-crm/domain';
import type { ReactNode } from 'react';
import type { FieldErrors } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import {
  CONDITION_KINDS,
  percentOf,
  TEXT_FIELDS,
  totalOf,
  type ConditionDraft,
  type ConditionKind,
  type CoOwnerDraft,
  type FilterDraft,
} from './splitter-draft';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  row: {
    display: 'grid',
    gridTemplateColumns: '170px 150px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  shareRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 120px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  // Fluent's Input keeps a minimum width wider than the share column otherwise.
  shareInput: { minWidth: 0, width: '100%' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  wrong: { color: tokens.colorPaletteRedForeground1 },
});

type Props = {
  index: number;
  draft: FilterDraft;
  members: User[];
  errors: FieldErrors;
  onChange: (draft: FilterDraft) => void;
  onRemove: () => void;
  /** The execution controls, for a filter saved as it is shown. */
  children?: ReactNode;
};

/** One splitter filter: its name, conditions, co-owners with shares, and arrival switch. */
export function SplitterFilterEditor({
  index,
  draft,
  members,
  errors,
  onChange,
  onRemove,
  children,
}: Props) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const at = (path: string) => errors[`filters.${index}.${path}`];
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
  const total = totalOf(draft.coOwners);
  const headingId = `splitter-filter-${index}`;

  const setCondition = (i: number, patch: Partial<ConditionDraft>) =>
    onChange({
      ...draft,
      conditions: draft.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    });
  const setCoOwner = (i: number, patch: Partial<CoOwnerDraft>) =>
    onChange({
      ...draft,
      coOwners: draft.coOwners.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    });
  const splitEvenly = () =>
    onChange({
      ...draft,
      coOwners: splitShares(draft.coOwners.map((c) => c.userId)).map((c) => ({
        userId: c.userId,
        percent: percentOf(c.share),
      })),
    });
  const unused = members.find((m) => !draft.coOwners.some((c) => c.userId === m.id));

  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {draft.name || t('splitter.filter', { number: index + 1 })}
      </h3>
      <Field label={t('splitter.name')} validationMessage={at('name')} required>
        <Input value={draft.name} onChange={(_, d) => onChange({ ...draft, name: d.value })} />
      </Field>

      <Text weight="semibold">{t('splitter.conditions')}</Text>
      {at('conditions') && <Text className={styles.wrong}>{at('conditions')}</Text>}
      {draft.conditions.map((condition, i) => {
        const number = i + 1;
        const valueError =
          at(`conditions.${i}.anyOf`) ??
          at(`conditions.${i}.anyOf.0`) ??
          at(`conditions.${i}.text`) ??
          at(`conditions.${i}`);
        return (
          <div key={i} className={styles.row}>
            <Field label={t('splitter.conditionKind')}>
              <Select
                value={condition.kind}
                onChange={(_, d) => setCondition(i, { kind: d.value as ConditionKind })}
              >
                {CONDITION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`splitter.kind.${kind}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('splitter.textField')}>
              <Select
                value={condition.field}
                disabled={condition.kind !== 'text_contains'}
                onChange={(_, d) => setCondition(i, { field: d.value as ConditionDraft['field'] })}
              >
                {TEXT_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`common.${field}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t('splitter.conditionValue')}
              hint={
                ['company', 'text_contains'].includes(condition.kind)
                  ? undefined
                  : t('splitter.anyOfHint')
              }
              validationMessage={valueError}
            >
              <Input
                value={condition.text}
                onChange={(_, d) => setCondition(i, { text: d.value })}
              />
            </Field>
            <Button
              icon={<DeleteRegular />}
              aria-label={t('splitter.removeCondition', { number })}
              onClick={() =>
                onChange({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })
              }
            />
          </div>
        );
      })}
      <div className={styles.buttons}>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            onChange({
              ...draft,
              conditions: [...draft.conditions, { kind: 'tag', field: 'company', text: '' }],
            })
          }
        >
          {t('splitter.addCondition')}
        </Button>
      </div>

      <Text weight="semibold">{t('splitter.coOwners')}</Text>
      {draft.coOwners.map((coOwner, i) => {
        const number = i + 1;
        return (
          <div key={i} className={styles.shareRow}>
            <Field
              label={t('splitter.coOwner', { number })}
              validationMessage={at(`coOwners.${i}.userId`)}
            >
              <Select
                value={coOwner.userId}
                onChange={(_, d) => setCoOwner(i, { userId: d.value })}
              >
                {members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('splitter.share')} validationMessage={at(`coOwners.${i}.share`)}>
              <Input
                className={styles.shareInput}
                inputMode="decimal"
                value={coOwner.percent}
                onChange={(_, d) => setCoOwner(i, { percent: d.value })}
              />
            </Field>
            <Button
              icon={<DeleteRegular />}
              aria-label={t('splitter.removeCoOwner', { number })}
              onClick={() =>
                onChange({ ...draft, coOwners: draft.coOwners.filter((_, j) => j !== i) })
              }
            />
          </div>
        );
      })}
      <Text
        role="status"
        className={total === SHARE_TOTAL ? undefined : styles.wrong}
        aria-live="polite"
      >
        {total === SHARE_TOTAL
          ? t('splitter.total', { total: percent.format(total / SHARE_TOTAL) })
          : t('splitter.totalWrong', { total: percent.format(total / SHARE_TOTAL) })}
      </Text>
      {at('coOwners') && <Text className={styles.wrong}>{at('coOwners')}</Text>}
      <div className={styles.buttons}>
        <Button
          icon={<AddRegular />}
          disabled={!unused}
          onClick={() =>
            unused &&
            onChange({
              ...draft,
              coOwners: [...draft.coOwners, { userId: unused.id, percent: '' }],
            })
          }
        >
          {t('splitter.addCoOwner')}
        </Button>
        <Button disabled={draft.coOwners.length === 0} onClick={splitEvenly}>
          {t('splitter.splitEvenly')}
        </Button>
      </div>
      <Checkbox
        checked={draft.runOnArrival}
        label={t('splitter.runOnArrival')}
        onChange={(_, d) => onChange({ ...draft, runOnArrival: d.checked === true })}
      />
      <div className={styles.buttons}>
        {children}
        <Button icon={<DeleteRegular />} onClick={onRemove}>
          {t('splitter.removeFilter')}
        </Button>
      </div>
    </article>
  );
}
