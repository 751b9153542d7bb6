import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useImports } from '../hooks/use-imports';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** The user's latest imports; running ones show their counts as they move. */
export function ImportList({ current, onOpen }: { current?: string; onOpen(id: string): void }) {
  const styles = useStyles();
  const { t, number } = useI18n();
  const imports = useImports();
  const items = imports.data?.items ?? [];
  return (
    <section className={styles.panel} aria-labelledby="import-recent">
      <h2 id="import-recent" className={styles.heading}>
        {t('import.recent')}
      </h2>
      {items.length === 0 ? (
        <Text>{t('import.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {items.map((job) => (
            <li key={job.id} className={styles.row}>
              <Text weight={job.id === current ? 'semibold' : 'regular'}>{job.fileName}</Text>
              <Text>{t(`import.status.${job.status}`)}</Text>
              {job.status !== 'uploading' && (
                <Text>
                  {t('import.counts', {
                    read: number(job.counts.read),
                    stored: number(job.counts.stored),
                    skipped: number(job.counts.skipped),
                  })}
                </Text>
              )}
              <Button
                size="small"
                onClick={() => onOpen(job.id)}
                aria-label={`${t('import.open')} ${job.fileName}`}
              >
                {t('import.open')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
