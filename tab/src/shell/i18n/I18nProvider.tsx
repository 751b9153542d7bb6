import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createI18n, type I18n } from './create-i18n';
import { toLocale } from './locale';
import { useCatalog } from './use-catalog';

const I18nContext = createContext<I18n>(createI18n('en'));

/**
 * Messages in the language of `locale` (a BCP 47 tag), numbers and dates by the whole tag.
 * Renders nothing until a non-English catalog has arrived, so no page shows half a language.
 */
export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const catalog = useCatalog(toLocale(locale));
  const value = useMemo(() => catalog && createI18n(locale, catalog), [locale, catalog]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
