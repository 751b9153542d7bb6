import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TaskSharingLevel, type TaskSharing } from '@channel-crm/domain';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useTaskTypes } from '../../tasks/hooks/use-task-types';
import { useTaskSharing } from '../hooks/use-task-sharing';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const AS_DEFAULT = '';

/** My task sharing: one level for every type, and per type where it differs. */
export function TaskSharingSection() {
  const { query } = useTaskSharing();
  if (query.isPending) return <PageSkeleton rows={2} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <TaskSharingForm saved={query.data} />;
}

function TaskSharingForm({ saved }: { saved: TaskSharing }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { types } = useTaskTypes();
  const { save } = useTaskSharing();
  const [sharing, setSharing] = useState<TaskSharing>(saved);
  const levelName = (level: TaskSharingLevel) => t(`taskSharing.level.${level}`);
  const setType = (typeId: string, level: string) => {
    const others = Object.fromEntries(
      Object.entries(sharing.byType ?? {}).filter(([id]) => id !== typeId),
    );
    const parsed = TaskSharingLevel.safeParse(level);
    setSharing({
      ...sharing,
      byType: parsed.success ? { ...others, [typeId]: parsed.data } : others,
    });
    save.reset();
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(sharing);
      }}
    >
      <Text as="p">{t('taskSharing.hint')}</Text>
      <div className={styles.form}>
        <Field label={t('taskSharing.default')}>
          <Dropdown
            value={levelName(sharing.default)}
            selectedOptions={[sharing.default]}
            onOptionSelect={(_, data) => {
              const level = TaskSharingLevel.safeParse(data.optionValue);
              if (level.success) setSharing({ ...sharing, default: level.data });
              save.reset();
            }}
          >
            {TaskSharingLevel.options.map((level) => (
              <Option key={level} value={level}>
                {levelName(level)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {types
          .filter((type) => type.active)
          .map((type) => {
            const level = sharing.byType?.[type.id];
            return (
              <Field key={type.id} label={type.name}>
                <Dropdown
                  value={level ? levelName(level) : t('taskSharing.asDefault')}
                  selectedOptions={[level ?? AS_DEFAULT]}
                  onOptionSelect={(_, data) => setType(type.id, data.optionValue ?? AS_DEFAULT)}
                >
                  <Option value={AS_DEFAULT}>{t('taskSharing.asDefault')}</Option>
                  {TaskSharingLevel.options.map((option) => (
                    <Option key={option} value={option}>
                      {levelName(option)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {t('common.save')}
        </Button>
        {save.isSuccess && <Text role="status">{t('common.saved')}</Text>}
      </div>
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
