import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { registerMeetingSave } from '../api/config-api';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '560px' },
});

/** The configuration page in a meeting: Save adds the meeting's deals panel. */
export function MeetingConfig() {
  const styles = useStyles();
  const { t } = useI18n();
  const name = t('config.meeting.tabName');
  useEffect(() => {
    void registerMeetingSave(name);
  }, [name]);
  return (
    <section className={styles.page}>
      <Title3 as="h1">{t('config.meeting.title')}</Title3>
      <Text>{t('config.meeting.explain')}</Text>
      <Text>{t('config.ready')}</Text>
    </section>
  );
}
