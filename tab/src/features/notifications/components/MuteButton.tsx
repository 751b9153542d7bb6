import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { AlertOffRegular, AlertRegular } from '@fluentui/react-icons';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { MutableRecordType } from '../api/notifications-api';
import { useNotificationSettings } from '../hooks/use-notification-settings';
import { useSetMuted } from '../hooks/use-mute';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
});

export type MuteButtonProps = { type: MutableRecordType; id: string };

/** Mute / Unmute a lead or deal for the signed-in user only. */
export function MuteButton({ type, id }: MuteButtonProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const settings = useNotificationSettings();
  const change = useSetMuted();
  const muted = settings.data?.mutedRecordIds.includes(id) ?? false;
  const error = change.error ?? settings.error;

  return (
    <span className={styles.root}>
      <Tooltip content={t('notifications.muteHint')} relationship="description" withArrow>
        <Button
          icon={muted ? <AlertOffRegular /> : <AlertRegular />}
          disabled={!settings.isSuccess || change.isPending}
          onClick={() => change.mutate({ type, id, muted: !muted })}
        >
          {muted ? t('notifications.unmute') : t('notifications.mute')}
        </Button>
      </Tooltip>
      {muted && (
        <Text size={200} className={styles.note}>
          {t('notifications.mutedNote')}
        </Text>
      )}
      {error && (
        <Text size={200} role="alert">
          {errorText(error)}
        </Text>
      )}
    </span>
  );
}
