import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useHost } from '../../../shell/HostContext';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { meKey } from '../../../shell/me';
import { navigate } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { createSpace, linkSpace, registerTeamsSave } from '../api/config-api';

const NEW = 'new';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '560px' },
});

/** Channel tab configuration: pick an existing space or create one, then Teams' Save. */
export function ConfigPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const host = useHost();
  const { spaces, selectSpace } = useSpace();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState(spaces[0]?.id ?? NEW);
  const [name, setName] = useState(host.channelName ?? '');
  const [error, setError] = useState<unknown>();
  const [key] = useState(() => crypto.randomUUID());
  const valid = choice !== NEW || name.trim().length > 0;

  const save = async (): Promise<string> => {
    const existing = spaces.find((s) => s.id === choice);
    const space = existing
      ? host.kind === 'teams'
        ? await linkSpace(existing, host.teamId, host.channelId)
        : existing
      : await createSpace(
          {
            name: name.trim(),
            ...(host.teamId ? { teamId: host.teamId } : {}),
            ...(host.channelId ? { channelId: host.channelId } : {}),
          },
          key,
        );
    await queryClient.invalidateQueries({ queryKey: meKey });
    selectSpace(space.id);
    return space.id;
  };

  useEffect(() => {
    if (host.kind === 'teams') void registerTeamsSave(valid, save);
  });

  return (
    <section className={styles.page}>
      <Title3 as="h1">{t('config.title')}</Title3>
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(error)}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('config.choose')}>
        <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value)}>
          {spaces.map((s) => (
            <Radio key={s.id} value={s.id} label={s.name} />
          ))}
          <Radio value={NEW} label={t('config.create')} />
        </RadioGroup>
      </Field>
      {choice === NEW && (
        <Field label={t('config.spaceName')} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
      )}
      {host.kind === 'teams' ? (
        <Text>{t('config.ready')}</Text>
      ) : (
        <div>
          <Button
            appearance="primary"
            disabled={!valid}
            onClick={() =>
              save()
                .then(() => navigate('/opportunities'))
                .catch(setError)
            }
          >
            {t('common.save')}
          </Button>
        </div>
      )}
    </section>
  );
}
