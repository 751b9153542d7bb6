import { en, type Catalog } from './en';
import type { Locale } from './locale';

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  fr: () => import('./fr').then((m) => m.fr),
  de: () => import('./de').then((m) => m.de),
  pl: () => import('./pl').then((m) => m.pl),
  ro: () => import('./ro').then((m) => m.ro),
};

/** English is bundled with the app; every other catalog is its own chunk, fetched on first use. */
export const loadCatalog = (locale: Locale): Promise<Catalog> =>
  locale === 'en' ? Promise.resolve(en) : LOADERS[locale]();
