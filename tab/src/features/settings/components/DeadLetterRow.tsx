import { Button, makeStyles, TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular, SendRegular } from '@fluentui/react-icons';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { DeadLetter } from '../api/dead-letters-api';
import { describeDelivery } from '../api/describe-delivery';

const useStyles = makeStyles({
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top', paddingBlock: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export type DeadLetterRowProps = {
  letter: DeadLetter;
  nameOf: (id: string | undefined) => string | undefined;
  busy: boolean;
  onReplay: (letter: DeadLetter, recipient: string) => void;
  onDiscard: (letter: DeadLetter, recipient: string) => void;
};

const isDate = (iso: string) => !Number.isNaN(Date.parse(iso));

/** When, to whom, what and why one card was not delivered; send it again or discard it. */
export function DeadLetterRow({ letter, nameOf, busy, onReplay, onDiscard }: DeadLetterRowProps) {
  const styles = useStyles();
  const { t, dateTime } = useI18n();
  const { recipientId, headline } = describeDelivery(letter.delivery);
  const recipient = nameOf(recipientId) ?? recipientId;
  const label = recipient ?? t('deadLetters.unknownRecipient');

  return (
    <TableRow>
      <TableCell className={styles.cell}>
        {isDate(letter.at) ? <time dateTime={letter.at}>{dateTime(letter.at)}</time> : letter.at}
      </TableCell>
      <TableCell className={styles.cell}>
        {recipient ?? <Text className={styles.muted}>{label}</Text>}
      </TableCell>
      <TableCell className={styles.cell}>
        {headline ?? <Text className={styles.muted}>{t('deadLetters.noHeadline')}</Text>}
      </TableCell>
      <TableCell className={styles.cell}>{letter.reason}</TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.actions}>
          <Button
            size="small"
            icon={<SendRegular />}
            aria-label={t('deadLetters.replayTo', { name: label })}
            disabledFocusable={busy}
            onClick={() => onReplay(letter, label)}
          >
            {t('deadLetters.replay')}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('deadLetters.discardTo', { name: label })}
            disabledFocusable={busy}
            onClick={() => onDiscard(letter, label)}
          >
            {t('deadLetters.discard')}
          </Button>
        </div>
      </TableCell>
    </TableRow>
  );
}
