import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { ImportRecordType } from '@channel-crm/domain';
import { useRef, useState, type DragEvent } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { useUpload } from '../hooks/use-imports';
import { RECORD_TYPE_LABELS } from './field-labels';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalM },
  drop: {
    display: 'grid',
    justifyItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Drag and drop or choose a file, with the record type it fills; uploads it in parts. */
export function UploadPanel({ onUploaded }: { onUploaded: (id: string) => void }) {
  const styles = useStyles();
  const { t, percent } = useI18n();
  const errorText = useErrorText();
  const { space } = useSpace();
  const [recordType, setRecordType] = useState<ImportRecordType>('lead');
  const [share, setShare] = useState(0);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUpload(setShare);

  const send = (file: File | undefined) => {
    if (!file || !space) return;
    setShare(0);
    upload.mutate(
      { file, spaceId: space.id, recordType },
      { onSuccess: (job) => onUploaded(job.id) },
    );
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    send(event.dataTransfer.files[0]);
  };

  return (
    <section className={styles.panel} aria-label={t('import.title')}>
      <Field label={t('import.recordType')}>
        <Select
          value={recordType}
          onChange={(_, data) => setRecordType(ImportRecordType.parse(data.value))}
        >
          {ImportRecordType.options.map((type) => (
            <option key={type} value={type}>
              {t(RECORD_TYPE_LABELS[type])}
            </option>
          ))}
        </Select>
      </Field>
      <div
        className={over ? `${styles.drop} ${styles.over}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Text>{t('import.drop')}</Text>
        <Button
          icon={<ArrowUploadRegular />}
          disabled={!space || upload.isPending}
          onClick={() => input.current?.click()}
        >
          {t('import.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,.vcf,text/csv,text/vcard"
          hidden
          aria-label={t('import.choose')}
          onChange={(event) => send(event.target.files?.[0])}
        />
        {!space && <Text>{t('import.noSpace')}</Text>}
        {upload.isPending && (
          <Text role="status">{t('import.uploading', { percent: percent(share * 100) })}</Text>
        )}
        {upload.error && (
          <Text role="alert" className={styles.error}>
            {errorText(upload.error)}
          </Text>
        )}
      </div>
    </section>
  );
}
