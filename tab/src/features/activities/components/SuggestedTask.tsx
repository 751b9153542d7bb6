import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import type { RecordRef, TaskSuggestion } from '@channel-crm/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { addActivity } from '../api/activities-api';
import { useActivityChange } from '../hooks/use-activity-change';
import { ActivityDialog } from './ActivityDialog';

const useStyles = makeStyles({ actions: { gap: tokens.spacingHorizontalS } });

/**
 * The next task proposed on completing one: Accept plans it as proposed (once, however often
 * pressed), Edit opens it in the form first, Skip drops it.
 */
export function SuggestedTask({
  record,
  spaceId,
  completedId,
  suggestion,
  onDone,
}: {
  record: RecordRef;
  spaceId: string | undefined;
  /** The completed activity: with the rule, it keys the acceptance. */
  completedId: string;
  suggestion: TaskSuggestion;
  onDone: () => void;
}) {
  const styles = useStyles();
  const { t, dateTime, date } = useI18n();
  const errorText = useErrorText();
  const { refresh } = useActivityChange(record);
  const [editing, setEditing] = useState(false);
  const accept = useMutation({
    mutationFn: () =>
      addActivity(
        {
          recordType: record.type,
          recordId: record.id,
          typeId: suggestion.typeId,
          title: suggestion.title,
          dueAt: suggestion.dueAt,
          allDay: suggestion.allDay,
        },
        `suggestion:${completedId}:${suggestion.ruleId}`,
      ),
    onSuccess: () => {
      refresh();
      onDone();
    },
  });
  const when = suggestion.allDay ? date(suggestion.dueAt) : dateTime(suggestion.dueAt);
  return (
    <MessageBar intent="info" layout="multiline" data-suggestion>
      <MessageBarBody>
        {t('activities.suggested', { title: suggestion.title, when })}
        {accept.error !== null && <div role="alert">{errorText(accept.error)}</div>}
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <Button size="small" appearance="primary" onClick={() => accept.mutate()}>
          {t('activities.accept')}
        </Button>
        <Button size="small" onClick={() => setEditing(true)}>
          {t('activities.edit')}
        </Button>
        <Button size="small" onClick={onDone}>
          {t('activities.skip')}
        </Button>
      </MessageBarActions>
      {editing && (
        <ActivityDialog
          record={record}
          spaceId={spaceId}
          mode={{ kind: 'plan', suggestion }}
          title={t('activities.plan')}
          onClose={() => {
            setEditing(false);
            onDone();
          }}
        />
      )}
    </MessageBar>
  );
}
