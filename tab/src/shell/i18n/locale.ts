/** The languages the tab has a catalog for. */
export type Locale = 'en' | 'fr' | 'de' | 'pl' | 'ro';

export const LOCALES: readonly Locale[] = ['en', 'fr', 'de', 'pl', 'ro'];

const isLocale = (language: string): language is Locale =>
  (LOCALES as readonly string[]).includes(language);

/** By the language subtag: `de-AT`, `de_CH`, `DE` → 'de'; anything we have no catalog for → 'en'. */
export function toLocale(tag: string | undefined | null): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(language) ? language : 'en';
}

/**
 * The tag numbers and dates are formatted by: the whole tag (`de-AT` writes "€ 12.000") when
 * its language has a catalog, else English, so no page mixes English words with other formats.
 */
export function formattingTag(tag: string | undefined | null): string {
  const language = toLocale(tag);
  try {
    const [canonical] = Intl.getCanonicalLocales(tag?.trim().replace(/_/g, '-') || language);
    return canonical?.split('-')[0] === language ? canonical : language;
  } catch {
    return language;
  }
}
