import { fillParams, isErrorCode, type ErrorParams, type ErrorTexts } from '@channel-crm/domain';
import { isApiError } from './api-error';
import { useI18n } from './i18n/I18nProvider';
import { useErrorCatalog } from './i18n/use-error-catalog';
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

/** Something the API answered with a translatable key. */
type Keyed = { code?: string; params?: ErrorParams };

/**
 * The key's text in the user's language; undefined for a key this tab does not know, or while
 * the language's texts are still loading.
 */
export const translateKey = (catalog: ErrorTexts | undefined, keyed: Keyed): string | undefined =>
  catalog && isErrorCode(keyed.code)
    ? fillParams(catalog[keyed.code], keyed.params ?? {})
    : undefined;

/** A sentence a user can read, in their language, for any error a query or mutation threw. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  const catalog = useErrorCatalog();
  return (error) => {
    if (isApiError(error)) {
      const text = translateKey(catalog, error.problem);
      if (error.kind === 'rule') return t('error.rule', { detail: text ?? error.message });
      if (text) return text;
      const key = KEYS[error.kind];
      if (key) return t(key);
      return t('error.unknown', { detail: error.message });
    }
    return t('error.unknown', { detail: error instanceof Error ? error.message : String(error) });
  };
}
