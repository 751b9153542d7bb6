import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { CATALOGS, createI18n, toLocale, type Locale } from './I18nProvider';

type Translated = Exclude<Locale, 'en'>;

/**
 * The only English values a catalog may keep unchanged: the product name, symbols and
 * templates without words, and loanwords that really are the local CRM vocabulary.
 * Exact: an entry no longer needed fails the test too, so the list cannot grow stale.
 */
const SAME_AS_ENGLISH: Record<Translated, readonly string[]> = {
  fr: [
    'Channel CRM',
    '—',
    '{who} {event}',
    'Version {version}',
    'E-mail',
    'Contact',
    'Contacts',
    'Actions',
    'Action',
    'Description',
    'Pipeline',
    'Notifications',
    'Manager',
    'Champion',
  ],
  de: [
    'Channel CRM',
    '—',
    '{who} {event}',
    'Version {version}',
    'Lead',
    'Leads',
    'Account',
    'Accounts',
    'Pipeline',
    'Board',
    'Details',
    'Name',
    'Status',
    'Website',
    'Administrator',
  ],
  pl: ['Channel CRM', '—', 'E-mail', 'Lead', 'Status', 'Administrator'],
  ro: [
    'Channel CRM',
    '—',
    '{who} {event}',
    'E-mail',
    'Lead',
    'Pipeline',
    'Card',
    'Administrator',
    'Manager',
  ],
};

const translated = Object.keys(SAME_AS_ENGLISH) as Translated[];
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
const englishKeys = (Object.keys(en) as MessageKey[]).sort();

describe('the message catalogs', () => {
  it('cover every locale the tab can pick, and nothing else', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(['en', ...translated].sort());
  });

  describe.each(translated)('%s', (locale) => {
    const catalog = CATALOGS[locale];

    it("has exactly the English catalog's keys", () => {
      expect(Object.keys(catalog).sort()).toEqual(englishKeys);
    });

    it('keeps the same {placeholders} in every message', () => {
      const wrong = englishKeys.filter(
        (key) => placeholders(catalog[key]).join() !== placeholders(en[key]).join(),
      );
      expect(wrong.map((key) => `${key}: ${catalog[key]}`)).toEqual([]);
    });

    it('has no empty or padded message', () => {
      expect(
        englishKeys.filter((key) => catalog[key].trim() !== catalog[key] || !catalog[key]),
      ).toEqual([]);
    });

    it('leaves no message in English beyond its allow-list', () => {
      const same = new Set(
        englishKeys.filter((key) => catalog[key] === en[key]).map((key) => en[key]),
      );
      expect([...same].sort()).toEqual([...SAME_AS_ENGLISH[locale]].sort());
    });
  });
});

describe('toLocale', () => {
  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['DE', 'de'],
    ['pl-PL', 'pl'],
    ['pl', 'pl'],
    ['ro-RO', 'ro'],
    ['ro_MD', 'ro'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
  ] as const)('reads %s as %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });

  it.each(['es-ES', 'frr', 'rof', 'pt', '', undefined, null])(
    'falls back to English for %s',
    (tag) => {
      expect(toLocale(tag)).toBe('en');
    },
  );
});

describe('money and dates follow the new locales', () => {
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const MARCH_5 = '2025-03-05T12:00:00Z';

  it('writes amounts the local way', () => {
    expect(plain(createI18n('de').money(12_000_00, 'EUR'))).toBe('12.000 €');
    expect(plain(createI18n('pl').money(12_000_00, 'PLN'))).toBe('12 000 zł');
    expect(plain(createI18n('ro').money(12_000_00, 'EUR'))).toMatch(/^12\.000 (€|EUR)$/);
  });

  it('writes dates the local way', () => {
    expect(createI18n('de').date(MARCH_5)).toBe('05.03.2025');
    expect(createI18n('pl').date(MARCH_5)).toBe('5 mar 2025');
    expect(createI18n('ro').date(MARCH_5)).toBe('5 mar. 2025');
  });
});
