import { isApiError } from './api-error';
import { useI18n } from './i18n/I18nProvider';
import type { MessageKey } from './i18n/en';

const KEYS: Record<string, MessageKey> = {
  validation: 'error.validation',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  not_found: 'error.notFound',
  duplicate: 'error.duplicate',
  stale: 'error.stale',
  network: 'error.network',
};

/** A sentence a user can read for any error a query or mutation threw. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    if (isApiError(error)) {
      if (error.kind === 'rule') return t('error.rule', { detail: error.message });
      const key = KEYS[error.kind];
      if (key) return t(key);
      return t('error.unknown', { detail: error.message });
    }
    return t('error.unknown', { detail: error instanceof Error ? error.message : String(error) });
  };
}
