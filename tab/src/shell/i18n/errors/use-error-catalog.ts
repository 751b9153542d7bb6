import { useEffect, useState } from 'react';
import { useI18n } from '../I18nProvider';
import type { Locale } from '../locale';
import type { ErrorCatalog } from './en';

const LOADERS: Record<Locale, () => Promise<ErrorCatalog>> = {
  en: () => import('./en').then((m) => m.en),
  fr: () => import('./fr').then((m) => m.fr),
  de: () => import('./de').then((m) => m.de),
  pl: () => import('./pl').then((m) => m.pl),
  ro: () => import('./ro').then((m) => m.ro),
};

const loaded = new Map<Locale, ErrorCatalog>();

/**
 * The error texts of the user's language, loaded when a view that can show an error mounts;
 * undefined until they arrive.
 */
export function useErrorCatalog(): ErrorCatalog | undefined {
  const { language: locale } = useI18n();
  const [, setLoads] = useState(0);
  const catalog = loaded.get(locale);
  useEffect(() => {
    if (catalog) return;
    let mounted = true;
    void LOADERS[locale]().then((texts) => {
      loaded.set(locale, texts);
      if (mounted) setLoads((n) => n + 1);
    });
    return () => {
      mounted = false;
    };
  }, [locale, catalog]);
  return catalog;
}
