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
import { recordOfSubPageId } from '@channel-crm/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useHost } from '../../../shell/HostContext';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { meKey } from '../../../shell/me';
import { pinnedRoute, type PinnedView } from '../pinned-tab';
import { navigate } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import type { PickedRecord } from '../../records/api/picker-api';
import { listPipelines, pipelinesKey } from '../../opportunities/api/opportunities-api';
import { createSpace, linkSpace, registerTeamsSave, type PinnedTab } from '../api/config-api';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useTeamsMeetingChat } from '../../meetings/hooks/use-teams-meeting';
import { MeetingConfig } from './MeetingConfig';
import { PinnedViewFields, type PinnedKind } from './PinnedViewFields';

const NEW = 'new';
/** The whole space's tab keeps the name it always had. */
const SPACE_TAB_NAME = 'CRM';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '560px' },
});

/** In a meeting the tab shows the meeting's deals; elsewhere a space is pinned. */
export function ConfigPage() {
  const meeting = useTeamsMeetingChat(useHost().kind === 'teams');
  if (meeting.isLoading) return <PageSkeleton />;
  return meeting.data ? <MeetingConfig /> : <SpaceConfig />;
}

/**
 * Channel tab configuration: pick an existing space or create one, and what the tab shows of
 * it (all of it, one pipeline's board, one record), then Teams' Save.
 */
function SpaceConfig() {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const host = useHost();
  const { spaces, selectSpace } = useSpace();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState(spaces[0]?.id ?? NEW);
  const [name, setName] = useState(host.channelName ?? '');
  const [kind, setKind] = useState<PinnedKind>('space');
  const [pipelineId, setPipelineId] = useState<string>();
  const [record, setRecord] = useState<PickedRecord>();
  const [error, setError] = useState<unknown>();
  const [key] = useState(() => crypto.randomUUID());
  const existing = spaces.find((s) => s.id === choice);

  const pipelines = useQuery({
    queryKey: pipelinesKey(existing?.id ?? ''),
    queryFn: ({ signal }) => listPipelines(existing!.id, signal),
    enabled: Boolean(existing) && kind === 'pipeline',
  });
  const pipeline =
    pipelines.data?.find((p) => p.id === pipelineId) ??
    pipelines.data?.find((p) => p.isDefault) ??
    pipelines.data?.[0];
  const pickedRef = record && recordOfSubPageId(record.id);

  const pinned: { view: PinnedView; name: string } | undefined = !existing
    ? { view: { kind: 'space' }, name: SPACE_TAB_NAME }
    : kind === 'pipeline'
      ? pipeline && { view: { kind: 'pipeline', pipelineId: pipeline.id }, name: pipeline.name }
      : kind === 'record'
        ? record && pickedRef && { view: { kind: 'record', record: pickedRef }, name: record.label }
        : { view: { kind: 'space' }, name: SPACE_TAB_NAME };
  const valid = pinned !== undefined && (existing !== undefined || name.trim().length > 0);

  const chooseSpace = (id: string) => {
    setChoice(id);
    setPipelineId(undefined);
    setRecord(undefined);
  };

  const save = async (): Promise<PinnedTab> => {
    if (!pinned) throw new Error('Nothing chosen to pin');
    const space = existing
      ? host.kind === 'teams'
        ? await linkSpace(existing, pinned.view, host.teamId, host.channelId)
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
    return { spaceId: space.id, ...pinned };
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
        <RadioGroup value={choice} onChange={(_, d) => chooseSpace(d.value)}>
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
      <PinnedViewFields
        spaceId={existing?.id}
        kind={existing ? kind : 'space'}
        onKind={setKind}
        pipelines={pipelines.data}
        pipeline={pipeline}
        onPipeline={setPipelineId}
        record={record}
        onRecord={setRecord}
      />
      {pipelines.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(pipelines.error)}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{t('config.kept')}</Text>
      {host.kind === 'teams' ? (
        <Text>{t('config.ready')}</Text>
      ) : (
        <div>
          <Button
            appearance="primary"
            disabled={!valid}
            onClick={() =>
              save()
                .then((tab) => navigate(pinnedRoute(tab.view)))
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
