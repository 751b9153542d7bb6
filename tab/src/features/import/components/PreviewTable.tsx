import {
  makeStyles,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ImportField, ImportJob, ImportPreview } from '@channel-crm/domain';
import { translateKey } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useErrorCatalog } from '../../../shell/i18n/use-error-catalog';
import { FIELD_LABELS } from './field-labels';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** The first rows as they will be stored: one column per mapped field, and what is wrong. */
export function PreviewTable({ job, rows }: { job: ImportJob; rows?: ImportPreview['rows'] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const catalog = useErrorCatalog();
  const fields = (job.mapping?.columns ?? [])
    .map((column) => column.field)
    .filter((field): field is ImportField => field !== null);
  if (!rows)
    return (
      <Skeleton>
        <SkeletonItem />
      </Skeleton>
    );
  return (
    <div className={styles.wrap}>
      <Table size="small" aria-label={t('import.preview')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('import.line')}</TableHeaderCell>
            {fields.map((field) => (
              <TableHeaderCell key={field}>{t(FIELD_LABELS[field])}</TableHeaderCell>
            ))}
            <TableHeaderCell>{t('import.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.line}>
              <TableCell>{row.line}</TableCell>
              {fields.map((field) => (
                <TableCell key={field}>{row.values[field] ?? ''}</TableCell>
              ))}
              <TableCell className={row.problems.length ? styles.problem : undefined}>
                {row.problems.length === 0
                  ? t('import.rowOk')
                  : row.problems
                      .map((p) =>
                        [p.column, translateKey(catalog, p) ?? p.reason].filter(Boolean).join(': '),
                      )
                      .join('; ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
