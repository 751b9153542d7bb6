import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_ENGLISH } from '../../tab/src/shell/i18n/en';
import {
  buildTabBundle,
  INITIAL_JS_BUDGET_BYTES,
  nodeOnlyModules,
  type TabBundle,
} from '../support/tab-bundle';

/** A Teams host emulator's origin, as the test-only switch would carry it. */
const EMULATOR_ORIGIN = 'http://127.0.0.1:45678';

/** The languages of the modules whose id `pattern` matches, its first group naming the language. */
const languagesIn = (pattern: RegExp, ids: string[]) =>
  [...new Set(ids.flatMap((id) => pattern.exec(id.replace(/\\/g, '/'))?.[1] ?? []))].sort();

describe('the tab bundle', () => {
  let bundle: TabBundle;
  beforeAll(async () => {
    // As if the test-only switch leaked into the build machine's environment.
    bundle = await buildTabBundle({ VITE_TEAMS_TEST_ORIGIN: EMULATOR_ORIGIN });
  }, 180_000);

  it(`keeps the initial JavaScript under ${INITIAL_JS_BUDGET_BYTES / 1024} KB gzip`, () => {
    const kb = (bundle.initialJsGzip / 1024).toFixed(1);
    expect(
      bundle.initialJsGzip,
      `initial JS is ${kb} KB gzip (${bundle.initialChunks.join(', ')})`,
    ).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('splits routes: the board and the record pages are not in the initial JavaScript', () => {
    expect(
      bundle.initialChunks.some((f) => /BoardPage|LeadPage|OpportunityPage|SettingsPage/.test(f)),
    ).toBe(false);
  });

  it('bundles the English messages and fetches every other language on demand', () => {
    const catalog =
      /tab\/src\/(?:shell\/messages|shell\/i18n|features\/\w+\/i18n)\/(en|fr|de|pl|ro)\.ts$/;
    expect(languagesIn(catalog, bundle.initialModuleIds)).toEqual(['en']);
    expect(languagesIn(catalog, bundle.moduleIds)).toEqual(['de', 'en', 'fr', 'pl', 'ro']);
  });

  it("fetches a page's own English with the page, and no initial code uses its messages", async () => {
    const features = Object.keys(PAGE_ENGLISH) as (keyof typeof PAGE_ENGLISH)[];
    const pageEnglish = new RegExp(`tab/src/features/(${features.join('|')})/i18n/en\\.ts$`);
    expect(bundle.initialModuleIds.filter((id) => pageEnglish.test(id))).toEqual([]);
    expect(bundle.moduleIds.filter((id) => pageEnglish.test(id))).toHaveLength(features.length);
    const keys = (await Promise.all(features.map((f) => PAGE_ENGLISH[f]()))).flatMap(Object.keys);
    expect(keys.length).toBeGreaterThan(100);
    const usedUpFront = keys.filter((key) => bundle.initialCode.includes(`"${key}"`));
    expect(usedUpFront, 'messages used outside their pages: move them to the shell').toEqual([]);
  });

  it('fetches the error texts of every language, English too, on demand', () => {
    const errorTexts = /domain\/src\/error-texts\/(en|fr|de|pl|ro)\.ts$/;
    expect(languagesIn(errorTexts, bundle.initialModuleIds)).toEqual([]);
    expect(languagesIn(errorTexts, bundle.moduleIds)).toEqual(['de', 'en', 'fr', 'pl', 'ro']);
  });

  it("ships React's production build, not the development one", () => {
    expect(bundle.moduleIds.filter((id) => /react[^/]*\.development\.js$/.test(id))).toEqual([]);
  });

  it('trusts no Teams host emulator: the test-only origin switch is not in the build', () => {
    expect(bundle.code).not.toContain(EMULATOR_ORIGIN);
    expect(bundle.code).not.toContain('VITE_TEAMS_TEST_ORIGIN');
  });

  it('contains no Node-only code (@azure/*, botbuilder, the domain server entry, Node built-ins)', () => {
    expect(nodeOnlyModules(bundle.moduleIds)).toEqual([]);
  });
});

describe('the Node-only guard', () => {
  it('recognises what must never reach the browser', () => {
    const nodeOnly = [
      '/repo/node_modules/@azure/cosmos/dist/esm/index.js',
      '/repo/domain/src/server.ts',
      '/repo/domain/src/store/cosmos-store.ts',
      '/repo/domain/src/testing/embedded-cosmos.ts',
      '/repo/node_modules/@vercel/cosmosdb-server/lib/index.js',
      '\0node:crypto',
      '__vite-browser-external:fs',
    ];
    const browserSafe = ['/repo/node_modules/react/index.js', '/repo/domain/src/model/lead.ts'];
    const found = nodeOnlyModules([...nodeOnly, ...browserSafe]).map((m) => m.id);
    expect(found).toEqual(nodeOnly);
  });
});
