import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { ActivityView } from '@channel-crm/domain';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../shell/api-error';
import { ErrorState } from '../../../shell/components/ErrorState';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import { addDays, daysOf, shiftAnchor, type CalendarView } from '../calendar-range';
import { useCalendar } from '../hooks/use-calendar';
import { CalendarGrid } from './CalendarGrid';
import type { Step } from './CalendarItem';
import { TasksHeader } from './TasksHeader';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM, alignContent: 'start' },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalL,
  },
  paging: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  live: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
  },
});

/** Colleagues whose shared tasks one calendar shows at most (the API takes 20 people). */
const MAX_COLLEAGUES = 19;

/** My tasks and my colleagues' shared ones by day, week or month; drag or Alt+arrows to move. */
export function CalendarPage() {
  const styles = useStyles();
  const { t, date, dateTime, locale } = useI18n();
  const errorText = useErrorText();
  const { me } = useSpace();
  const { members, nameOf } = useMembers();
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(() => new Date());
  const [colleagues, setColleagues] = useState<string[]>([]);
  const [moved, setMoved] = useState('');
  const days = useMemo(() => daysOf(view, anchor), [view, anchor]);
  const assigneeIds = useMemo(() => [me.id, ...colleagues], [me.id, colleagues]);
  const { query, items, move } = useCalendar(days, assigneeIds);
  const others = members.filter((member) => member.id !== me.id);

  const onMove = (task: ActivityView, dueAt: string) => {
    if (Date.parse(dueAt) === Date.parse(task.dueAt)) return;
    move.mutate(
      { task, dueAt },
      {
        onSuccess: () =>
          setMoved(
            t('tasks.moved', {
              title: task.title,
              due: task.allDay ? date(dueAt) : dateTime(dueAt),
            }),
          ),
      },
    );
  };
  const onStep = (task: ActivityView, step: Step) => {
    const due = new Date(task.dueAt);
    const hours = view === 'month' ? step.hours * 24 * 7 : task.allDay ? 0 : step.hours;
    const target = addDays(due, step.days);
    target.setHours(due.getHours() + hours, due.getMinutes());
    onMove(task, target.toISOString());
  };
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const range =
    view === 'month'
      ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(anchor)
      : view === 'day'
        ? date(first.toISOString())
        : `${date(first.toISOString())} – ${date(last.toISOString())}`;

  return (
    <div className={styles.page}>
      <TasksHeader current="calendar" />
      <div className={styles.toolbar}>
        <TabList
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as CalendarView)}
          aria-label={t('tasks.calendarView')}
        >
          <Tab value="day">{t('tasks.day')}</Tab>
          <Tab value="week">{t('tasks.week')}</Tab>
          <Tab value="month">{t('tasks.month')}</Tab>
        </TabList>
        <div className={styles.paging}>
          <Button
            appearance="subtle"
            icon={<ChevronLeftRegular />}
            aria-label={t('tasks.previous')}
            onClick={() => setAnchor((a) => shiftAnchor(view, a, -1))}
          />
          <Button onClick={() => setAnchor(new Date())}>{t('tasks.todayButton')}</Button>
          <Button
            appearance="subtle"
            icon={<ChevronRightRegular />}
            aria-label={t('tasks.next')}
            onClick={() => setAnchor((a) => shiftAnchor(view, a, 1))}
          />
          <Text weight="semibold" aria-live="polite">
            {range}
          </Text>
          {query.isFetching && <Spinner size="tiny" aria-label={t('tasks.loading')} />}
        </div>
        <Field label={t('tasks.colleagues')}>
          <Dropdown
            multiselect
            placeholder={t('tasks.pickColleagues')}
            value={colleagues.map((id) => nameOf(id) ?? '').join(', ')}
            selectedOptions={colleagues}
            onOptionSelect={(_, data) =>
              setColleagues(data.selectedOptions.slice(0, MAX_COLLEAGUES))
            }
          >
            {others.map((member) => (
              <Option key={member.id} value={member.id}>
                {member.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Text size={200} className={styles.hint}>
        {t('tasks.keyboardHint')}
      </Text>
      {move.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {isApiError(move.error) && move.error.kind === 'stale'
              ? t('tasks.conflict')
              : errorText(move.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div role="status" className={styles.live}>
        {moved}
      </div>
      {query.error && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CalendarGrid
          view={view}
          days={days}
          month={anchor.getMonth()}
          items={items}
          meId={me.id}
          nameOf={nameOf}
          onMove={onMove}
          onStep={onStep}
        />
      )}
    </div>
  );
}
