import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { usePlanSuggestion, type CompletedWithSuggestion } from '../hooks/use-task-changes';

/** After a completion, the task the tenant's rules propose next: plan it or skip it. */
export function SuggestionBar({
  next,
  onClose,
}: {
  next: CompletedWithSuggestion;
  onClose: () => void;
}) {
  const { t, dateTime } = useI18n();
  const errorText = useErrorText();
  const plan = usePlanSuggestion();
  return (
    <MessageBar intent={plan.error ? 'error' : 'info'}>
      <MessageBarBody>
        {plan.error
          ? errorText(plan.error)
          : t('tasks.suggestion', {
              title: next.suggestion.title,
              due: dateTime(next.suggestion.dueAt),
            })}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          disabled={plan.isPending}
          onClick={() => plan.mutate(next, { onSuccess: onClose })}
        >
          {t('tasks.planSuggestion')}
        </Button>
        <Button onClick={onClose}>{t('tasks.skipSuggestion')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
