import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest, type Plugin } from 'vite';

export const TAB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tab');

/**
 * Initial JavaScript budget (gzip) for the tab: the entry chunk and its static imports. The
 * English of features only their own pages use comes with those pages (`PAGE_ENGLISH`), which
 * keeps it here as features grow.
 */
export const INITIAL_JS_BUDGET_BYTES = 158 * 1024;

const NODE_ONLY = [
  { pattern: /node_modules\/@azure\//, why: 'an Azure SDK (Node only)' },
  { pattern: /node_modules\/botbuilder/, why: 'botbuilder (Node only)' },
  { pattern: /node_modules\/jose\//, why: 'jose (server-side token validation)' },
  {
    pattern: /domain\/src\/(server\.ts|store\/|use-cases\/|dispatch\/)/,
    why: 'the domain server entry',
  },
  { pattern: /domain\/src\/testing\//, why: 'the domain testing entry' },
  { pattern: /node_modules\/@vercel\/cosmosdb-server/, why: 'the embedded Cosmos server' },
  { pattern: /__vite-browser-external/, why: 'a Node built-in module' },
  { pattern: /^\0?node:/, why: 'a Node built-in module' },
];

/** Which bundled modules are Node-only code, with the reason; empty when the bundle is clean. */
export function nodeOnlyModules(moduleIds: string[]): { id: string; why: string }[] {
  const ids = moduleIds.map((id) => id.replace(/\\/g, '/'));
  return ids.flatMap((id) => {
    const hit = NODE_ONLY.find((rule) => rule.pattern.test(id));
    return hit ? [{ id, why: hit.why }] : [];
  });
}

export type TabBundle = {
  /** gzip bytes of the entry chunk plus every chunk it imports statically. */
  initialJsGzip: number;
  initialChunks: string[];
  /** The modules of those initial chunks. */
  initialModuleIds: string[];
  /** Every module of every chunk (lazy ones included). */
  moduleIds: string[];
  /** The JavaScript of every chunk, to look for what must not ship. */
  code: string;
  /** The JavaScript of the initial chunks. */
  initialCode: string;
};

function initialChunkFiles(manifest: Manifest): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('The tab build has no entry chunk');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry[0]);
  return [...seen].map((key) => manifest[key]!.file);
}

/**
 * Builds the tab for production with Vite's JS API into a temp dir and measures it. `env`
 * sets `import.meta.env` entries as a build machine's environment would.
 */
export async function buildTabBundle(env: Record<string, string> = {}): Promise<TabBundle> {
  const outDir = await mkdtemp(join(tmpdir(), 'tab-bundle-'));
  const modulesByFile = new Map<string, string[]>();
  const codeByFile = new Map<string, string>();
  const collect: Plugin = {
    name: 'collect-module-ids',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === 'chunk') {
          modulesByFile.set(output.fileName, output.moduleIds);
          codeByFile.set(output.fileName, output.code);
        }
    },
  };
  // Vitest runs with NODE_ENV=test, which Vite would keep: `import.meta.env.DEV` would be true
  // and React's development builds and JSX would be bundled. Users get the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: TAB_ROOT,
      configFile: join(TAB_ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      plugins: [collect],
      define: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        ...Object.fromEntries(
          Object.entries(env).map(([k, v]) => [`import.meta.env.${k}`, JSON.stringify(v)]),
        ),
      },
      build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
    });
    const manifest = JSON.parse(
      await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Manifest;
    const initialChunks = initialChunkFiles(manifest);
    let initialJsGzip = 0;
    for (const file of initialChunks)
      initialJsGzip += gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
    return {
      initialJsGzip,
      initialChunks,
      initialModuleIds: initialChunks.flatMap((file) => modulesByFile.get(file) ?? []),
      moduleIds: [...modulesByFile.values()].flat(),
      code: [...codeByFile.values()].join('\n'),
      initialCode: initialChunks.map((file) => codeByFile.get(file) ?? '').join('\n'),
    };
  } finally {
    process.env.NODE_ENV = nodeEnv;
    await rm(outDir, { recursive: true, force: true });
  }
}
