import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { badRowsCsv, type ImportJob } from '@channel-crm/domain';
import { useState } from 'react';
import { useErrorText, translateKey } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useErrorCatalog } from '../../../shell/i18n/use-error-catalog';
import { fetchAllProblems } from '../api/import-api';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Saves text as a file the browser downloads. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** How far the job got (read from the server while it runs), and the rows it left out. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const styles = useStyles();
  const { t } = useI18n();
  const catalog = useErrorCatalog();
  const errorText = useErrorText();
  const [failed, setFailed] = useState<unknown>();
  const done = job.status === 'finished';
  const share = done ? 1 : job.size > 0 ? job.offset / job.size : 0;

  const downloadReport = async () => {
    setFailed(undefined);
    try {
      const problems = await fetchAllProblems(job.id);
      const csv = badRowsCsv(
        job.header,
        problems,
        { line: t('import.line'), reason: t('import.reason') },
        (problem) =>
          [problem.column, translateKey(catalog, problem) ?? problem.reason]
            .filter(Boolean)
            .join(': '),
        job.separator,
      );
      download(`${job.fileName.replace(/\.\w+$/, '')}-${t('import.report')}.csv`, `\uFEFF${csv}`);
    } catch (error) {
      setFailed(error);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="import-progress">
      <h2 id="import-progress" className={styles.heading}>
        {job.fileName}
      </h2>
      <Field
        label={done ? t('import.finished') : t('import.running')}
        validationState="none"
        validationMessage={t('import.counts', job.counts)}
      >
        <ProgressBar value={share} max={1} thickness="large" />
      </Field>
      {done && job.counts.skipped > 0 && (
        <div>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void downloadReport()}>
            {t('import.download')}
          </Button>
        </div>
      )}
      {failed !== undefined && (
        <Text role="alert" className={styles.error}>
          {errorText(failed)}
        </Text>
      )}
    </section>
  );
}
