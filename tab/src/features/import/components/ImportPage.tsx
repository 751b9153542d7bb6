import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { navigate, useRoute } from '../../../shell/router';
import { useImport } from '../hooks/use-imports';
import { ImportList } from './ImportList';
import { ImportProgress } from './ImportProgress';
import { MappingPanel } from './MappingPanel';
import { UploadPanel } from './UploadPanel';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * Upload a file, map its columns, start, and follow the job. The job being looked at is in the
 * address (`#/import?job=…`), and the list of imports shows running ones, so closing the tab
 * loses nothing: the job runs on the server.
 */
export function ImportPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const jobId = useRoute().query.get('job') ?? undefined;
  const job = useImport(jobId);
  const open = (id: string) => navigate(`/import?job=${id}`);

  let current = null;
  if (jobId && job.isPending) current = <PageSkeleton rows={4} />;
  else if (jobId && job.error)
    current = <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  else if (job.data?.status === 'ready') current = <MappingPanel job={job.data} />;
  else if (job.data?.status === 'running' || job.data?.status === 'finished')
    current = <ImportProgress job={job.data} />;
  else current = <UploadPanel onUploaded={open} />;

  return (
    <div className={styles.page}>
      <Title3 as="h1">{t('import.title')}</Title3>
      <Text className={styles.hint}>{t('import.intro')}</Text>
      {current}
      <ImportList current={jobId} onOpen={open} />
    </div>
  );
}
