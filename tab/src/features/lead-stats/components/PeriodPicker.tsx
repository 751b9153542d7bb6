import { Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { PERIODS, type DateRange, type Period } from '../api/lead-stats-api';

/** The last days up to today, or dates the viewer picks. */
export type PeriodChoice = { kind: 'last'; days: Period } | { kind: 'dates'; range: DateRange };

const useStyles = makeStyles({
  period: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

const DATES = 'dates';

/** The period select and, for chosen dates, a first and last date (local dates). */
export function PeriodPicker({
  choice,
  lastDays,
  onChange,
}: {
  choice: PeriodChoice;
  /** The range the select's current "last days" stand for: where chosen dates start. */
  lastDays: DateRange;
  onChange: (choice: PeriodChoice) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const periodId = useId();
  const fromId = useId();
  const toId = useId();
  return (
    <div className={styles.period}>
      <label htmlFor={periodId}>{t('leadStats.period')}</label>
      <Select
        id={periodId}
        value={choice.kind === 'last' ? String(choice.days) : DATES}
        onChange={(_, d) =>
          onChange(
            d.value === DATES
              ? { kind: 'dates', range: lastDays }
              : { kind: 'last', days: Number(d.value) as Period },
          )
        }
      >
        {PERIODS.map((days) => (
          <option key={days} value={days}>
            {t('leadStats.lastDays', { count: days })}
          </option>
        ))}
        <option value={DATES}>{t('leadStats.chosenDates')}</option>
      </Select>
      {choice.kind === 'dates' && (
        <>
          <label htmlFor={fromId}>{t('leadStats.from')}</label>
          <Input
            id={fromId}
            type="date"
            value={choice.range.from}
            max={choice.range.to}
            onChange={(_, d) =>
              d.value && onChange({ kind: 'dates', range: { ...choice.range, from: d.value } })
            }
          />
          <label htmlFor={toId}>{t('leadStats.to')}</label>
          <Input
            id={toId}
            type="date"
            value={choice.range.to}
            min={choice.range.from}
            onChange={(_, d) =>
              d.value && onChange({ kind: 'dates', range: { ...choice.range, to: d.value } })
            }
          />
        </>
      )}
    </div>
  );
}
