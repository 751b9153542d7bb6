import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ActivityKind, type TaskSettings } from '@channel-crm/domain';
import { setTaskSettings } from '@channel-crm/domain/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../../shell/api-client';
import { isApiError } from '../../../shell/api-error';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { taskSettingsKey } from '../../tasks/api/tasks-api';
import { useTaskTypes } from '../../tasks/hooks/use-task-types';
import { idFromName, TaskOrderList } from './TaskOrderList';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  add: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The tenant's task types and optional statuses (admins): add, rename, reorder, deactivate. */
export function TaskTypesPanel() {
  const { query } = useTaskTypes();
  if (query.isPending) return <PageSkeleton rows={4} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <TaskSettingsForm saved={query.data} />;
}

function TaskSettingsForm({ saved }: { saved: TaskSettings }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState(saved);
  const [typeName, setTypeName] = useState('');
  const [typeKind, setTypeKind] = useState<ActivityKind>('task');
  const [statusName, setStatusName] = useState('');
  const save = useMutation({
    mutationFn: ({ version, ...fields }: TaskSettings) =>
      call(setTaskSettings, { body: fields, version }),
    onSuccess: (answer) => {
      queryClient.setQueryData(taskSettingsKey, answer);
      setSettings(answer);
    },
    // Another admin saved first: the form shows theirs, to redo the change on.
    onError: async (error) => {
      if (!isApiError(error) || error.kind !== 'stale') return;
      await queryClient.invalidateQueries({ queryKey: taskSettingsKey });
      const latest = queryClient.getQueryData<TaskSettings>(taskSettingsKey);
      if (latest) setSettings(latest);
    },
  });
  const edit = (change: Partial<TaskSettings>) => {
    setSettings({ ...settings, ...change });
    save.reset();
  };
  const kindName = (kind: ActivityKind) => t(`taskSettings.kind.${kind}`);
  const addType = () => {
    const name = typeName.trim();
    if (!name) return;
    const id = idFromName(
      name,
      settings.types.map((type) => type.id),
    );
    const order = settings.types.length;
    edit({ types: [...settings.types, { id, name, kind: typeKind, order, active: true }] });
    setTypeName('');
  };
  const addStatus = () => {
    const name = statusName.trim();
    if (!name) return;
    const id = idFromName(
      name,
      settings.statuses.map((status) => status.id),
    );
    const order = settings.statuses.length;
    edit({ statuses: [...settings.statuses, { id, name, order, active: true }] });
    setStatusName('');
  };
  const types = [...settings.types].sort((a, b) => a.order - b.order);
  const statuses = [...settings.statuses].sort((a, b) => a.order - b.order);
  return (
    <form
      className={styles.panel}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(settings);
      }}
    >
      <h2 className={styles.heading}>{t('taskSettings.types')}</h2>
      <TaskOrderList
        items={types}
        onChange={(changed) => edit({ types: changed })}
        extra={(type) => <Text>{kindName(type.kind)}</Text>}
      />
      <div className={styles.add}>
        <Field label={t('taskSettings.newType')}>
          <Input value={typeName} maxLength={200} onChange={(_, d) => setTypeName(d.value)} />
        </Field>
        <Field
          label={t('taskSettings.kind', { name: typeName.trim() || t('taskSettings.newType') })}
        >
          <Dropdown
            value={kindName(typeKind)}
            selectedOptions={[typeKind]}
            onOptionSelect={(_, d) => {
              const kind = ActivityKind.safeParse(d.optionValue);
              if (kind.success) setTypeKind(kind.data);
            }}
          >
            {ActivityKind.options.map((kind) => (
              <Option key={kind} value={kind}>
                {kindName(kind)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button disabled={!typeName.trim()} onClick={addType}>
          {t('taskSettings.addType')}
        </Button>
      </div>
      <h2 className={styles.heading}>{t('taskSettings.statuses')}</h2>
      <Switch
        label={t('taskSettings.statusesEnabled')}
        checked={settings.statusesEnabled}
        onChange={(_, d) => edit({ statusesEnabled: d.checked })}
      />
      {settings.statusesEnabled && (
        <>
          <TaskOrderList items={statuses} onChange={(changed) => edit({ statuses: changed })} />
          <div className={styles.add}>
            <Field label={t('taskSettings.newStatus')}>
              <Input
                value={statusName}
                maxLength={200}
                onChange={(_, d) => setStatusName(d.value)}
              />
            </Field>
            <Button disabled={!statusName.trim()} onClick={addStatus}>
              {t('taskSettings.addStatus')}
            </Button>
          </div>
        </>
      )}
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {isApiError(save.error) && save.error.kind === 'stale'
              ? t('tasks.conflict')
              : errorText(save.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.add}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {t('common.save')}
        </Button>
        {save.isSuccess && <Text role="status">{t('common.saved')}</Text>}
      </div>
    </form>
  );
}
