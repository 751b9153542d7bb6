import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { LinkRegular, ShareRegular } from '@fluentui/react-icons';
import type { RecordRef } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useCopyLink, type CopyState } from '../hooks/use-copy-link';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  manual: { minWidth: '280px' },
});

const STATUS = {
  copied: 'record.linkCopied',
  copiedForChat: 'record.linkCopiedForChat',
} as const satisfies Partial<Record<CopyState, string>>;

/**
 * Shares the record to a Teams chat (Teams' share dialog; in a browser the link is copied to
 * paste in a chat) and copies the link that opens it for a colleague, in Teams or in a browser.
 */
export function CopyLinkButton({ record }: { record: RecordRef }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { link, state, copy, share } = useCopyLink(record);
  return (
    <div className={styles.root}>
      <Button icon={<ShareRegular />} onClick={() => void share()}>
        {t('record.shareToChat')}
      </Button>
      <Button icon={<LinkRegular />} onClick={() => void copy()}>
        {t('record.copyLink')}
      </Button>
      <Text role="status">
        {state === 'copied' || state === 'copiedForChat' ? t(STATUS[state]) : ''}
      </Text>
      {state === 'manual' && (
        <Field className={styles.manual} label={t('record.copyLinkManually')}>
          <Input readOnly value={link} autoFocus onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </div>
  );
}
