import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { allContracts } from '../support/contract-list';

type Json = Record<string, unknown>;

const appPackage = new URL('../../appPackage/', import.meta.url);
const read = async (file: string) =>
  JSON.parse(await readFile(new URL(file, appPackage), 'utf8')) as Json;

/** A feature the store description could promise: the words for it, and the API path it needs. */
const FEATURES = [
  { feature: 'calls', path: /\/calls\b/, words: /\bcalls?\b|appels?|Anruf|rozmow|apel/i },
  { feature: 'meetings', path: /\/meetings\b/, words: /meeting|réunion|spotkan|întâlnir/i },
  { feature: 'quotes', path: /\/quotes\b/, words: /quote|devis|Angebot|ofert/i },
];

async function descriptions(): Promise<[string, string][]> {
  const manifest = await read('manifest.json');
  const own = manifest.description as { short: string; full: string };
  const found: [string, string][] = [['en', `${own.short} ${own.full}`]];
  const localization = manifest.localizationInfo as {
    additionalLanguages: { languageTag: string; file: string }[];
  };
  for (const { languageTag, file } of localization.additionalLanguages) {
    const texts = await read(file);
    found.push([
      languageTag,
      `${String(texts['description.short'])} ${String(texts['description.full'])}`,
    ]);
  }
  return found;
}

describe('the app’s store description', () => {
  it('promises in every language only features the API serves', async () => {
    const served = allContracts.map((c) => c.path);
    const all = await descriptions();
    expect(all.map(([tag]) => tag)).toEqual(['en', 'fr', 'de', 'pl', 'ro']);
    for (const { feature, path, words } of FEATURES) {
      if (served.some((p) => path.test(p))) continue;
      const promising = all.filter(([, text]) => words.test(text)).map(([tag]) => tag);
      expect(promising, `${feature} are promised but not served`).toEqual([]);
    }
  });
});
