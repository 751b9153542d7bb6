import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ActivityView, SharedActivity } from '@channel-crm/domain';
import { useEffect, useRef, type DragEvent, type ReactNode } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { dayKey, movedDueAt, type CalendarView } from '../calendar-range';
import { CalendarItem, DRAGGED_TASK, isMovable, type Step } from './CalendarItem';

const HOUR_HEIGHT = 44;
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** The day and week views open scrolled to the working day. */
const FIRST_WORKING_HOUR = 8;

const useStyles = makeStyles({
  scroller: {
    maxHeight: '70vh',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  grid: { display: 'grid', backgroundColor: tokens.colorNeutralBackground1 },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hour: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    padding: tokens.spacingHorizontalXS,
    textAlign: 'end',
  },
  cell: {
    minHeight: `${HOUR_HEIGHT}px`,
    display: 'grid',
    alignContent: 'start',
    gap: '2px',
    padding: '2px',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  monthCell: { minHeight: '96px' },
  otherMonth: { backgroundColor: tokens.colorNeutralBackground2 },
  today: { boxShadow: `inset 0 2px 0 ${tokens.colorCompoundBrandStroke}` },
  dayNumber: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export type CalendarGridProps = {
  view: CalendarView;
  days: Date[];
  /** The month the month view is of, for greying the days around it. */
  month: number;
  items: SharedActivity[];
  meId: string;
  nameOf: (userId: string) => string | undefined;
  onMove: (task: ActivityView, dueAt: string) => void;
  onStep: (task: ActivityView, step: Step) => void;
};

/** The day, week or month as a grid of slots; a task dropped on a slot moves there. */
export function CalendarGrid({
  view,
  days,
  month,
  items,
  meId,
  nameOf,
  onMove,
  onStep,
}: CalendarGridProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = FIRST_WORKING_HOUR * HOUR_HEIGHT;
  }, [view]);
  const today = dayKey(new Date());
  const weekday = new Intl.DateTimeFormat(locale, {
    weekday: view === 'month' ? 'short' : 'long',
    ...(view === 'month' ? {} : { day: 'numeric', month: 'short' }),
  });
  const hourLabel = new Intl.DateTimeFormat(locale, { hour: 'numeric' });

  const byDay = new Map<string, SharedActivity[]>();
  for (const item of [...items].sort((a, b) => a.dueAt.localeCompare(b.dueAt))) {
    const key = dayKey(new Date(item.dueAt));
    byDay.set(key, [...(byDay.get(key) ?? []), item]);
  }
  const itemsAt = (day: Date, hour?: number) =>
    (byDay.get(dayKey(day)) ?? []).filter((item) =>
      hour === undefined ? true : !item.allDay && new Date(item.dueAt).getHours() === hour,
    );
  const shown = (item: SharedActivity) => (
    <CalendarItem
      key={item.id}
      item={item}
      mine={item.assigneeId === meId}
      owner={nameOf(item.assigneeId)}
      onStep={onStep}
    />
  );
  const dropTarget = (day: Date, hour?: number) => ({
    'data-day': dayKey(day),
    ...(hour === undefined ? {} : { 'data-hour': hour }),
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes(DRAGGED_TASK)) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const id = event.dataTransfer.getData(DRAGGED_TASK);
      const task = items.find((item) => item.id === id);
      if (task && isMovable(task)) onMove(task, movedDueAt(task.dueAt, day, hour));
    },
  });

  if (view === 'month') {
    const cells: ReactNode[] = days.slice(0, 7).map((day) => (
      <div key={`head-${dayKey(day)}`} className={styles.head}>
        {weekday.format(day)}
      </div>
    ));
    for (const day of days)
      cells.push(
        <div
          key={dayKey(day)}
          className={mergeClasses(
            styles.cell,
            styles.monthCell,
            day.getMonth() !== month && styles.otherMonth,
            dayKey(day) === today && styles.today,
          )}
          {...dropTarget(day)}
        >
          <span className={styles.dayNumber}>{day.getDate()}</span>
          {itemsAt(day).map(shown)}
        </div>,
      );
    return (
      <div className={styles.grid} style={{ gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}>
        {cells}
      </div>
    );
  }

  const columns = { gridTemplateColumns: `56px repeat(${days.length}, minmax(0, 1fr))` };
  const rows: ReactNode[] = [
    <div key="corner" className={styles.head} />,
    ...days.map((day) => (
      <div
        key={`head-${dayKey(day)}`}
        className={mergeClasses(styles.head, dayKey(day) === today && styles.today)}
      >
        {weekday.format(day)}
      </div>
    )),
    <div key="all-day" className={styles.hour}>
      {t('tasks.allDay')}
    </div>,
    ...days.map((day) => (
      <div key={`all-${dayKey(day)}`} className={styles.cell} {...dropTarget(day)}>
        {itemsAt(day)
          .filter((item) => item.allDay)
          .map(shown)}
      </div>
    )),
  ];
  for (const hour of HOURS) {
    rows.push(
      <div key={`h${hour}`} className={styles.hour}>
        {hourLabel.format(new Date(2000, 0, 1, hour))}
      </div>,
    );
    for (const day of days)
      rows.push(
        <div key={`${dayKey(day)}-${hour}`} className={styles.cell} {...dropTarget(day, hour)}>
          {itemsAt(day, hour).map(shown)}
        </div>,
      );
  }
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="region"
      aria-label={t('tasks.calendar')}
      tabIndex={0}
    >
      <div className={styles.grid} style={columns}>
        {rows}
      </div>
    </div>
  );
}
