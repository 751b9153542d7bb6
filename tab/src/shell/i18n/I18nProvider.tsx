import { formatMoney } from '@channel-crm/domain';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type Catalog, type MessageKey } from './en';
import { de } from './de';
import { fr } from './fr';
import { pl } from './pl';
import { ro } from './ro';

export type Locale = 'en' | 'fr' | 'de' | 'pl' | 'ro';
export type Params = Record<string, string | number>;

export const CATALOGS: Record<Locale, Catalog> = { en, fr, de, pl, ro };

const isLocale = (language: string): language is Locale => Object.hasOwn(CATALOGS, language);

export type I18n = {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  money(minor: number, currency: string): string;
  date(iso: string): string;
  /** Day and month only, for compact cards. */
  shortDate(iso: string): string;
  dateTime(iso: string): string;
};

/** By the language subtag: `de-AT`, `de_CH`, `DE` → 'de'; anything we have no catalog for → 'en'. */
export function toLocale(tag: string | undefined | null): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(language) ? language : 'en';
}

export function createI18n(locale: Locale): I18n {
  const catalog = CATALOGS[locale];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const shortDateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    locale,
    t: (key, params) => {
      const text = catalog[key] ?? en[key];
      if (!params) return text;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    },
    money: (minor, currency) => formatMoney(minor, currency, locale),
    date: (iso) => dateFormat.format(new Date(iso)),
    shortDate: (iso) => shortDateFormat.format(new Date(iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
