import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_PARAMS, type ErrorTexts } from '../error-codes';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { pl } from './pl';
import { ro } from './ro';

const LANGUAGES: Record<string, ErrorTexts> = { en, fr, de, pl, ro };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe.each(Object.keys(LANGUAGES))('the %s error texts', (language) => {
  const texts = LANGUAGES[language]!;

  it('have a text for every error code, and for nothing else', () => {
    expect(Object.keys(texts).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("show only the error's own parameters, the same ones as English", () => {
    const wrong = ERROR_CODES.filter((code) => {
      const shown = placeholders(texts[code]);
      return (
        shown.some((name) => !(ERROR_PARAMS[code] as readonly string[]).includes(name)) ||
        shown.join() !== placeholders(en[code]).join()
      );
    });
    expect(wrong.map((code) => `${code}: ${texts[code]}`)).toEqual([]);
  });

  it('have no empty text, and none left in English', () => {
    const wrong = ERROR_CODES.filter(
      (code) => !texts[code].trim() || (texts !== en && texts[code] === en[code]),
    );
    expect(wrong).toEqual([]);
  });
});
