import {
  Button,
  Checkbox,
  Link,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { FilterRegular } from '@fluentui/react-icons';
import { recordTabPath, type ActivityView } from '@channel-crm/domain';
import { memo } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { ReschedulePopover } from './ReschedulePopover';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto auto minmax(0, 1fr) auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: { display: 'grid', minWidth: 0 },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  done: { textDecoration: 'line-through', color: tokens.colorNeutralForeground3 },
  meta: { color: tokens.colorNeutralForeground2, display: 'flex', gap: tokens.spacingHorizontalS },
  overdue: { color: tokens.colorPaletteRedForeground1 },
});

export type TaskRowProps = {
  task: ActivityView;
  typeName: string;
  overdue: boolean;
  selected: boolean;
  onSelect: (task: ActivityView, selected: boolean) => void;
  onComplete: (task: ActivityView) => void;
  onReschedule: (task: ActivityView, dueAt: string) => void;
  onFilterRecord: (task: ActivityView) => void;
};

/** One of my tasks: select, complete, its type, record and due date, reschedule. */
export const TaskRow = memo(function TaskRow({
  task,
  typeName,
  overdue,
  selected,
  onSelect,
  onComplete,
  onReschedule,
  onFilterRecord,
}: TaskRowProps) {
  const styles = useStyles();
  const { t, date, dateTime } = useI18n();
  const done = task.state === 'done';
  const editable = task.access === 'full';
  return (
    <li className={styles.row} data-task-id={task.id} data-state={task.state}>
      <Checkbox
        aria-label={t('tasks.select', { title: task.title })}
        checked={selected}
        disabled={done || !editable}
        onChange={(_, data) => onSelect(task, data.checked === true)}
      />
      <Checkbox
        shape="circular"
        aria-label={t('tasks.complete', { title: task.title })}
        checked={done}
        disabled={done || !editable}
        onChange={() => onComplete(task)}
      />
      <div className={styles.main}>
        <Text className={mergeClasses(styles.title, done && styles.done)}>{task.title}</Text>
        <span className={styles.meta}>
          <Text size={200}>{typeName}</Text>
          {task.record.recordType === 'space' ? (
            // A space's task: the space has no record page to link to.
            <Text size={200}>{task.record.title}</Text>
          ) : (
            <Link
              href={hrefOf(
                recordTabPath({ type: task.record.recordType, id: task.record.recordId }),
              )}
            >
              {task.record.title}
            </Link>
          )}
        </span>
      </div>
      <Text size={200} className={mergeClasses(overdue && !done && styles.overdue)}>
        {task.allDay ? date(task.dueAt) : dateTime(task.dueAt)}
        {overdue && !done ? ` · ${t('tasks.overdueMark')}` : ''}
      </Text>
      <span>
        {editable && !done && (
          <ReschedulePopover task={task} onReschedule={(dueAt) => onReschedule(task, dueAt)} />
        )}
        {task.record.recordType !== 'space' && (
          <Button
            appearance="subtle"
            icon={<FilterRegular />}
            aria-label={t('tasks.filterRecord', { record: task.record.title })}
            title={t('tasks.filterRecord', { record: task.record.title })}
            onClick={() => onFilterRecord(task)}
          />
        )}
      </span>
    </li>
  );
});
