import type { ErrorTexts } from '@channel-crm/domain';
import { useEffect, useState } from 'react';
import { useI18n } from './I18nProvider';
import type { Locale } from './locale';

const LOADERS: Record<Locale, () => Promise<ErrorTexts>> = {
  en: () => import('@channel-crm/domain/error-texts/en').then((m) => m.en),
  fr: () => import('@channel-crm/domain/error-texts/fr').then((m) => m.fr),
  de: () => import('@channel-crm/domain/error-texts/de').then((m) => m.de),
  pl: () => import('@channel-crm/domain/error-texts/pl').then((m) => m.pl),
  ro: () => import('@channel-crm/domain/error-texts/ro').then((m) => m.ro),
};

const loaded = new Map<Locale, ErrorTexts>();

/**
 * The error texts of the user's language, loaded when a view that can show an error mounts;
 * undefined until they arrive.
 */
export function useErrorCatalog(): ErrorTexts | undefined {
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
