import { Link, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
  views: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** The Tasks pages' title and the links between the list and the calendar. */
export function TasksHeader({ current }: { current: 'list' | 'calendar' }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <header className={styles.header}>
      <Title3 as="h1">{current === 'list' ? t('tasks.myTasks') : t('tasks.calendar')}</Title3>
      <nav className={styles.views} aria-label={t('tasks.views')}>
        <Link href={hrefOf('/tasks')} aria-current={current === 'list' ? 'page' : undefined}>
          {t('tasks.myTasks')}
        </Link>
        <Link
          href={hrefOf('/tasks/calendar')}
          aria-current={current === 'calendar' ? 'page' : undefined}
        >
          {t('tasks.calendar')}
        </Link>
      </nav>
    </header>
  );
}
