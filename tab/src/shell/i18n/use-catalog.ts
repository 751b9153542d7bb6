import { useEffect, useState } from 'react';
import { loadCatalog } from './catalogs';
import { en, type Catalog } from './en';
import type { Locale } from './locale';

/** The catalog of `locale`, undefined while it loads; English when it cannot be loaded. */
export function useCatalog(locale: Locale): Catalog | undefined {
  const [loaded, setLoaded] = useState<{ locale: Locale; catalog: Catalog }>();
  useEffect(() => {
    if (locale === 'en') return;
    let current = true;
    loadCatalog(locale)
      .catch(() => en)
      .then((catalog) => {
        if (current) setLoaded({ locale, catalog });
      });
    return () => {
      current = false;
    };
  }, [locale]);
  if (locale === 'en') return en;
  return loaded?.locale === locale ? loaded.catalog : undefined;
}
