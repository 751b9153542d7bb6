import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DuplicatePair, KeyedRecordDocument } from '@channel-crm/domain';
import { useId, useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { usePairActions } from '../hooks/use-pair-actions';
import { DUPLICATE_RECORD_TYPES, fieldText, pairTitle, type PairField } from '../record-types';
import { MergeConfirmDialog } from './MergeConfirmDialog';

type Side = 'record' | 'match';
const other = (side: Side): Side => (side === 'record' ? 'match' : 'record');

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 180px) 1fr 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  // A row's choice spans both record columns, one radio under each record.
  choice: { gridColumn: '2 / 4', display: 'grid', gridTemplateColumns: '1fr 1fr' },
  value: { overflowWrap: 'anywhere' },
  blank: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * One flagged pair: the two records side by side, the record that survives and, per field,
 * whose value is kept (the survivor's by default; a blank of the survivor takes the other's).
 * Merge asks first; "Not a duplicate" clears the flag.
 */
export function DuplicatePairCard({
  pair,
  onMerged,
}: {
  pair: DuplicatePair;
  onMerged: (survivor: KeyedRecordDocument) => void;
}) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const errorText = useErrorText();
  const headingId = useId();
  const type = pair.record.type;
  const descriptor = DUPLICATE_RECORD_TYPES[type];
  const { merging, dismissing } = usePairActions(type);
  const [survivorSide, setSurvivorSide] = useState<Side>('match');
  const [picked, setPicked] = useState<Record<string, Side>>({});
  const [confirming, setConfirming] = useState(false);

  const records: Record<Side, KeyedRecordDocument> = { record: pair.record, match: pair.match };
  const survivor = records[survivorSide];
  const merged = records[other(survivorSide)];
  const fields = descriptor.fields.filter(
    ({ field }) => fieldText(pair.record, field) || fieldText(pair.match, field),
  );
  const keptSide = (field: string): Side =>
    picked[field] ?? (fieldText(survivor, field) ? survivorSide : other(survivorSide));

  const shown = ({ field, show }: PairField, record: KeyedRecordDocument) => {
    const text = fieldText(record, field);
    if (!text) return <span className={styles.blank}>{t('duplicates.blank')}</span>;
    return <span className={styles.value}>{show ? show(text, t) : text}</span>;
  };

  // The pair leaves the page once merged, so the answer is awaited here, not in a callback
  // of the card's mutation (those are dropped when the card unmounts).
  const merge = () =>
    merging
      .mutateAsync({
        survivorId: survivor.id,
        mergedId: merged.id,
        values: Object.fromEntries(
          fields.map(({ field }) => [
            field,
            keptSide(field) === survivorSide ? 'survivor' : 'merged',
          ]),
        ),
        version: survivor.version,
      })
      // A refusal shows from `merging.error`.
      .then(onMerged, () => undefined)
      .finally(() => setConfirming(false));

  const error = merging.error ?? dismissing.error;
  const busy = merging.isPending || dismissing.isPending;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400}>
        {t('duplicates.pair', { a: pairTitle(pair.record), b: pairTitle(pair.match) })}
      </Text>
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <RadioGroup
        layout="horizontal"
        aria-label={t('duplicates.survivor')}
        value={survivorSide}
        onChange={(_, d) => {
          setSurvivorSide(d.value as Side);
          setPicked({});
        }}
      >
        {(['record', 'match'] as const).map((side) => (
          <Radio
            key={side}
            value={side}
            label={t('duplicates.keepRecord', {
              name: pairTitle(records[side]),
              created: date(records[side].createdAt),
            })}
          />
        ))}
      </RadioGroup>
      <div className={styles.grid}>
        <span />
        {(['record', 'match'] as const).map((side) => (
          <Link key={side} href={hrefOf(`${descriptor.path}/${records[side].id}`)}>
            {t('duplicates.open', { name: pairTitle(records[side]) })}
          </Link>
        ))}
        {fields.map((field) => {
          const labelId = `${headingId}-${field.field}`;
          return [
            <Text key={`${field.field}-label`} id={labelId} weight="semibold">
              {t(field.label)}
            </Text>,
            <RadioGroup
              key={field.field}
              className={styles.choice}
              aria-labelledby={labelId}
              value={keptSide(field.field)}
              onChange={(_, d) => setPicked((p) => ({ ...p, [field.field]: d.value as Side }))}
            >
              {(['record', 'match'] as const).map((side) => (
                <Radio key={side} value={side} label={shown(field, records[side])} />
              ))}
            </RadioGroup>,
          ];
        })}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => setConfirming(true)}>
          {t('duplicates.merge')}
        </Button>
        <Button
          disabledFocusable={busy}
          onClick={() =>
            dismissing.mutate({
              type,
              id: pair.record.id,
              matchId: pair.match.id,
              version: pair.record.version,
            })
          }
        >
          {t('duplicates.notDuplicate')}
        </Button>
      </div>
      <MergeConfirmDialog
        open={confirming}
        survivor={pairTitle(survivor)}
        merged={pairTitle(merged)}
        busy={merging.isPending}
        onConfirm={merge}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
