import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { BulkProgress } from '../hooks/use-task-changes';

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The selection's count and "Complete selected", then how far it got and what failed. */
export function BulkCompleteBar({
  count,
  progress,
  onComplete,
  onClear,
}: {
  count: number;
  progress: BulkProgress | undefined;
  onComplete: () => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const running = progress !== undefined && progress.done < progress.total;
  return (
    <div className={styles.bar} role="region" aria-label={t('tasks.bulk')}>
      <div className={styles.actions}>
        <Text>{t('common.selected', { count })}</Text>
        <Button
          appearance="primary"
          icon={<CheckmarkCircleRegular />}
          disabled={count === 0 || running}
          onClick={onComplete}
        >
          {t('tasks.completeSelected')}
        </Button>
        <Button disabled={running} onClick={onClear}>
          {t('tasks.clearSelection')}
        </Button>
      </div>
      {progress && (
        <div role="status">
          <ProgressBar value={progress.done} max={progress.total} />
          <Text>{t('tasks.bulkProgress', { done: progress.done, count: progress.total })}</Text>
        </div>
      )}
      {progress && progress.failed.length > 0 && !running && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('tasks.bulkFailed', {
              count: progress.failed.length,
              titles: progress.failed.map((task) => task.title).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
