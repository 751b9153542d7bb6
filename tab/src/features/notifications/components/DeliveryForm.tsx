import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { NotificationMode, NotificationSettings } from '../api/notifications-api';
import { useSaveNotificationSettings } from '../hooks/use-notification-settings';
import { formatHour } from './format-hour';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, justifyItems: 'start' },
  hour: { minWidth: '200px' },
  saved: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorStatusSuccessForeground1,
  },
});

export type DeliveryFormProps = { settings: NotificationSettings };

const deviceTimeZone = (): string | undefined =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;

/** Cards as things happen, or one daily digest at an hour of the user's own time zone. */
export function DeliveryForm({ settings }: DeliveryFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const save = useSaveNotificationSettings();
  const [mode, setMode] = useState<NotificationMode>(settings.mode);
  const [digestHour, setDigestHour] = useState(settings.digestHour);
  // The hour is meant where the user is: this device's time zone, which saving records.
  const timeZone = deviceTimeZone() ?? settings.timeZone;

  const summary =
    mode === 'digest'
      ? t('notifications.summaryDigest', { time: formatHour(digestHour), timeZone })
      : t('notifications.summaryImmediate');
  const edit = (apply: () => void) => {
    save.reset();
    apply();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ mode, digestHour, timeZone });
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={t('notifications.mode')}>
        <RadioGroup
          value={mode}
          onChange={(_, data) => edit(() => setMode(data.value as NotificationMode))}
        >
          <Radio value="immediate" label={t('notifications.immediate')} />
          <Radio value="digest" label={t('notifications.digest')} />
        </RadioGroup>
      </Field>
      {mode === 'digest' && (
        <Field
          className={styles.hour}
          label={t('notifications.hour')}
          hint={t('notifications.hourHint', { timeZone })}
        >
          <Select
            value={String(digestHour)}
            onChange={(_, data) => edit(() => setDigestHour(Number(data.value)))}
          >
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {formatHour(hour)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Text>{summary}</Text>
      <Button type="submit" appearance="primary" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('common.save')}
      </Button>
      <div role="status">
        {save.isSuccess && (
          <Text className={styles.saved}>
            <CheckmarkCircleRegular aria-hidden />
            {t('notifications.saved', { summary })}
          </Text>
        )}
      </div>
      {save.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
