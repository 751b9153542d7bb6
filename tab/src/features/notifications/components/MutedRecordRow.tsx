import { Badge, Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import type { MutedRecord } from '../api/notifications-api';
import { useSetMuted } from '../hooks/use-mute';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flexGrow: 1, minWidth: 0 },
});

export type MutedRecordRowProps = { record: MutedRecord; onUnmuted: () => void };

/** One muted lead or deal: its name, what it is, and an Unmute button. */
export function MutedRecordRow({ record, onUnmuted }: MutedRecordRowProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const change = useSetMuted();
  const { id, type, title } = record;

  return (
    <li className={styles.row}>
      <span className={styles.name}>
        <Link href={hrefOf(type === 'lead' ? `/leads/${id}` : `/opportunities/${id}`)}>
          {title}
        </Link>
      </span>
      <Badge appearance="outline" color="informative">
        {t(type === 'lead' ? 'notifications.lead' : 'notifications.opportunity')}
      </Badge>
      <Button
        size="small"
        aria-label={t('notifications.unmuteRecord', { name: title })}
        disabled={change.isPending}
        onClick={() => change.mutate({ type, id, muted: false }, { onSuccess: onUnmuted })}
      >
        {t('notifications.unmute')}
      </Button>
      {change.error && (
        <Text size={200} role="alert">
          {errorText(change.error)}
        </Text>
      )}
    </li>
  );
}
