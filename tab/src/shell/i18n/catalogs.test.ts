import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './catalogs';
import { en, loadPageEnglish, PAGE_ENGLISH, type Catalog, type MessageKey } from './en';
import { LOCALES, toLocale, type Locale } from './locale';
import type { Message, Messages } from './message';

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
    '{name} ({type})',
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
    'Conversion',
    'Conversions',
    'Total',
  ],
  de: [
    'Channel CRM',
    '—',
    '{who} {event}',
    'Version {version}',
    '{name} ({type})',
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
    'Import',
  ],
  pl: [
    'Channel CRM',
    '—',
    '{name} ({type})',
    'E-mail',
    'Lead',
    'Status',
    'Administrator',
    'Import',
  ],
  ro: [
    'Channel CRM',
    '—',
    '{who} {event}',
    '{name} ({type})',
    'E-mail',
    'Lead',
    'Contact',
    'Pipeline',
    'Card',
    'Calendar',
    'Administrator',
    'Manager',
    'Import',
    'Total',
    '{count} minute',
  ],
};

const translated = Object.keys(SAME_AS_ENGLISH) as Translated[];
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
const texts = (message: Message) =>
  typeof message === 'string' ? [message] : Object.values(message);
/** Every English key: the bundled ones and every page's (added in `beforeAll`). */
let englishKeys: MessageKey[];
const englishParts = import.meta.glob<Record<string, Messages>>(
  ['../messages/en.ts', '../../features/*/i18n/en.ts'],
  { eager: true },
);
const catalogs = {} as Record<Translated, Catalog>;

beforeAll(async () => {
  await loadPageEnglish(Object.keys(PAGE_ENGLISH) as (keyof typeof PAGE_ENGLISH)[]);
  englishKeys = (Object.keys(en) as MessageKey[]).sort();
  for (const locale of translated) catalogs[locale] = await loadCatalog(locale);
});

describe('the message catalogs', () => {
  it('cover every locale the tab can pick, and nothing else', () => {
    expect([...LOCALES].sort()).toEqual(['en', ...translated].sort());
  });

  it("compose every feature's English messages, bundled or with their pages, each key from one feature only", () => {
    const keys = Object.values(englishParts).flatMap((part) =>
      Object.values(part).flatMap((messages) => Object.keys(messages)),
    );
    expect(Object.keys(englishParts).length).toBeGreaterThan(1);
    expect(keys.sort()).toEqual(englishKeys);
  });

  it('give every count-bearing English message plural forms', () => {
    expect(
      englishKeys.filter((key) => typeof en[key] === 'string' && en[key].includes('{count}')),
    ).toEqual([]);
  });

  describe.each(translated)('%s', (locale) => {
    it("has exactly the English catalog's keys", () => {
      expect(Object.keys(catalogs[locale]).sort()).toEqual(englishKeys);
    });

    it('keeps the same {placeholders} in every message and plural form', () => {
      const wrong = englishKeys.flatMap((key) => {
        const expected = placeholders(texts(en[key])[0]!).join();
        return texts(catalogs[locale][key])
          .filter((text) => placeholders(text).join() !== expected)
          .map((text) => `${key}: ${text}`);
      });
      expect(wrong).toEqual([]);
    });

    it('has exactly the plural forms the language uses, where English has plural forms', () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const wrong = englishKeys.filter((key) => {
        const message = catalogs[locale][key];
        if (typeof en[key] === 'string') return typeof message !== 'string';
        return (
          typeof message === 'string' ||
          Object.keys(message).sort().join() !== [...categories].sort().join()
        );
      });
      expect(wrong).toEqual([]);
    });

    it('has no empty or padded message', () => {
      expect(
        englishKeys.filter((key) =>
          texts(catalogs[locale][key]).some((text) => !text || text.trim() !== text),
        ),
      ).toEqual([]);
    });

    it('leaves no message in English beyond its allow-list', () => {
      const same = new Set(
        englishKeys.flatMap((key) => {
          const english = new Set(texts(en[key]));
          return texts(catalogs[locale][key]).filter((text) => english.has(text));
        }),
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
