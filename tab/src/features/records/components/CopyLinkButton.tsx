import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import type { RecordRef } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useCopyLink } from '../hooks/use-copy-link';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  manual: { minWidth: '280px' },
});

/** Copies the link that opens this record for a colleague, in Teams or in a browser. */
export function CopyLinkButton({ record }: { record: RecordRef }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { link, state, copy } = useCopyLink(record);
  return (
    <div className={styles.root}>
      <Button icon={<LinkRegular />} onClick={() => void copy()}>
        {t('record.copyLink')}
      </Button>
      <Text role="status">{state === 'copied' ? t('record.linkCopied') : ''}</Text>
      {state === 'manual' && (
        <Field className={styles.manual} label={t('record.copyLinkManually')}>
          <Input readOnly value={link} autoFocus onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </div>
  );
}
