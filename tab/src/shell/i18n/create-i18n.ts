import { formatMoney } from '@channel-crm/domain';
import { en, type Catalog, type MessageKey } from './en';
import { toLocale, type Locale } from './locale';
import type { Message } from './message';

export type Params = Record<string, string | number>;

export type I18n = {
  /** The full tag numbers and dates are formatted by (`de-AT`). */
  locale: string;
  /** The language the messages are in (`de`). */
  language: Locale;
  /** The message in this language; a plural message takes the form `params.count` needs. */
  t(key: MessageKey, params?: Params): string;
  number(value: number): string;
  /** A whole percentage, 0–100: "50 %" in German, "50%" in English. */
  percent(value: number): string;
  money(minor: number, currency: string): string;
  date(iso: string): string;
  /** Day and month only, for compact cards. */
  shortDate(iso: string): string;
  dateTime(iso: string): string;
};

/** Messages from `catalog` (picked by the language), numbers and dates by the whole `tag`. */
export function createI18n(tag: string, catalog: Catalog = en): I18n {
  const plural = new Intl.PluralRules(tag);
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const shortDateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const text = (message: Message, count: number) =>
    typeof message === 'string' ? message : (message[plural.select(count)] ?? message.other);
  return {
    locale: tag,
    language: toLocale(tag),
    t: (key, params) => {
      const count = typeof params?.count === 'number' ? params.count : 0;
      // A page's English arrives with the page (en.ts): a key used before it shows as itself.
      const template = text(catalog[key] ?? (en[key] as Message | undefined) ?? key, count);
      if (!params) return template;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' && name === 'count' ? number.format(value) : String(value);
      });
    },
    number: (value) => number.format(value),
    percent: (value) => percent.format(value / 100),
    money: (minor, currency) => formatMoney(minor, currency, tag),
    date: (iso) => dateFormat.format(new Date(iso)),
    shortDate: (iso) => shortDateFormat.format(new Date(iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
  };
}
