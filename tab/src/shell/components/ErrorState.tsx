import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isApiError } from '../api-error';
import { useErrorText } from '../error-text';
import { useI18n } from '../i18n/I18nProvider';
import { RecordNotFound } from './RecordNotFound';

/** A failed load; a record that is missing or hidden (404) gets its own page, not a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (isApiError(error) && error.kind === 'not_found') return <RecordNotFound />;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('app.error')}</MessageBarTitle>
        {errorText(error)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('app.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
