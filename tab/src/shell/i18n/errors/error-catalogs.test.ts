import { ERROR_CODES, ERROR_PARAMS } from '@channel-crm/domain';
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en, type ErrorCatalog } from './en';
import { fr } from './fr';
import { pl } from './pl';
import { ro } from './ro';

const CATALOGS: Record<string, ErrorCatalog> = { en, fr, de, pl, ro };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe.each(Object.keys(CATALOGS))('the %s error catalog', (language) => {
  const catalog = CATALOGS[language]!;

  it('has a text for every error code, and for nothing else', () => {
    expect(Object.keys(catalog).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("shows only the error's own parameters, the same ones as English", () => {
    const wrong = ERROR_CODES.filter((code) => {
      const shown = placeholders(catalog[code]);
      return (
        shown.some((name) => !(ERROR_PARAMS[code] as readonly string[]).includes(name)) ||
        shown.join() !== placeholders(en[code]).join()
      );
    });
    expect(wrong.map((code) => `${code}: ${catalog[code]}`)).toEqual([]);
  });

  it('has no empty text, and none left in English', () => {
    const wrong = ERROR_CODES.filter(
      (code) => !catalog[code].trim() || (catalog !== en && catalog[code] === en[code]),
    );
    expect(wrong).toEqual([]);
  });
});
