import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { recordTabPath, type ActivityView, type SharedActivity } from '@channel-crm/domain';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate } from '../../../shell/router';

const useStyles = makeStyles({
  item: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'start',
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  mine: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
  },
  busy: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderStyle('dashed'),
  },
  movable: { cursor: 'grab' },
  done: { textDecoration: 'line-through', color: tokens.colorNeutralForeground3 },
});

export const DRAGGED_TASK = 'application/x-crm-task';

/** A direction to move a task in: days sideways, hours (or weeks in a month) up and down. */
export type Step = { days: number; hours: number };

const STEPS: Record<string, Step> = {
  ArrowLeft: { days: -1, hours: 0 },
  ArrowRight: { days: 1, hours: 0 },
  ArrowUp: { days: 0, hours: -1 },
  ArrowDown: { days: 0, hours: 1 },
};

export const isMovable = (item: SharedActivity): item is ActivityView =>
  !('busy' in item) && item.access === 'full' && item.state === 'planned';

/**
 * One activity on the calendar. A colleague's free/busy slot shows as "Busy" with their name,
 * never its title. Others open their record; one the viewer may change drags to another slot,
 * or moves with Alt+arrows.
 */
export function CalendarItem({
  item,
  mine,
  owner,
  onStep,
}: {
  item: SharedActivity;
  mine: boolean;
  owner: string | undefined;
  onStep: (task: ActivityView, step: Step) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const time = new Date(item.dueAt).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
  });
  const busy = 'busy' in item;
  const movable = isMovable(item);
  const label = busy ? t('tasks.busy') : item.title;
  const who = mine ? '' : ` · ${owner ?? ''}`;
  const open = () => {
    // A space's task has no record page to open.
    if (busy || item.record.recordType === 'space') return;
    navigate(recordTabPath({ type: item.record.recordType, id: item.record.recordId }));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
      return;
    }
    const step = STEPS[event.key];
    if (!movable || !event.altKey || !step) return;
    event.preventDefault();
    onStep(item, step);
  };
  return (
    <div
      role={busy ? undefined : 'button'}
      tabIndex={busy ? undefined : 0}
      className={mergeClasses(
        styles.item,
        mine && styles.mine,
        busy && styles.busy,
        movable && styles.movable,
        !busy && item.state === 'done' && styles.done,
      )}
      draggable={movable}
      data-activity-id={item.id}
      data-busy={busy || undefined}
      aria-roledescription={movable ? t('tasks.movableTask') : undefined}
      aria-keyshortcuts={
        movable ? 'Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown' : undefined
      }
      title={`${item.allDay ? '' : `${time} `}${label}${who}`}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAGGED_TASK, item.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={busy ? undefined : onKeyDown}
      onClick={open}
    >
      {item.allDay ? '' : `${time} `}
      {label}
      {who}
    </div>
  );
}
