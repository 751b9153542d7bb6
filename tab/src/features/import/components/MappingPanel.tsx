import {
  Button,
  Checkbox,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  IMPORT_FIELDS,
  ImportField,
  type ColumnMapping,
  type ImportJob,
} from '@channel-crm/domain';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { usePreview, useSaveMapping, useStartImport } from '../hooks/use-imports';
import { PreviewTable } from './PreviewTable';
import { FIELD_LABELS } from './field-labels';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const SKIP = '';

/** The guessed field of each column, to correct; the preview follows every change; then start. */
export function MappingPanel({ job }: { job: ImportJob }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [saveAsDefault, setSaveAsDefault] = useState(false);
  const save = useSaveMapping(job.id);
  const start = useStartImport(job.id);
  const preview = usePreview(job);
  const mapping: ColumnMapping = job.mapping ?? { recordType: job.recordType, columns: [] };

  const choose = (index: number, value: string) => {
    const field = value === SKIP ? null : ImportField.parse(value);
    const columns = mapping.columns.map((column, i) =>
      i === index
        ? { ...column, field }
        : column.field === field
          ? { ...column, field: null }
          : column,
    );
    save.mutate({ mapping: { ...mapping, columns }, saveAsDefault });
  };

  return (
    <section className={styles.panel} aria-labelledby="import-mapping">
      <h2 id="import-mapping" className={styles.heading}>
        {t('import.mapping')} — {job.fileName}
      </h2>
      <Table size="small" aria-labelledby="import-mapping">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('import.column')}</TableHeaderCell>
            <TableHeaderCell>{t('import.field')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {mapping.columns.map((column, index) => (
            <TableRow key={`${index}-${column.header}`}>
              <TableCell>{column.header}</TableCell>
              <TableCell>
                <Select
                  aria-label={t('import.field') + ': ' + column.header}
                  value={column.field ?? SKIP}
                  disabled={save.isPending}
                  onChange={(_, data) => choose(index, data.value)}
                >
                  <option value={SKIP}>{t('import.skip')}</option>
                  {IMPORT_FIELDS[job.recordType].map((field) => (
                    <option key={field} value={field}>
                      {t(FIELD_LABELS[field])}
                    </option>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Checkbox
        label={t('import.saveDefault')}
        checked={saveAsDefault}
        onChange={(_, data) => {
          const checked = data.checked === true;
          setSaveAsDefault(checked);
          if (checked) save.mutate({ mapping, saveAsDefault: true });
        }}
      />
      {save.error && (
        <Text role="alert" className={styles.error}>
          {errorText(save.error)}
        </Text>
      )}
      <h3 className={styles.heading}>{t('import.preview')}</h3>
      {preview.error ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <PreviewTable job={job} rows={preview.data?.rows} />
      )}
      <div>
        <Button
          appearance="primary"
          disabled={start.isPending || save.isPending}
          onClick={() => start.mutate()}
        >
          {t('import.start')}
        </Button>
      </div>
      {start.error && (
        <Text role="alert" className={styles.error}>
          {errorText(start.error)}
        </Text>
      )}
    </section>
  );
}
