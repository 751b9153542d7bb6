import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

type Contracts = typeof import('@channel-crm/domain/contracts');

const CONTRACTS_ENTRY = '@channel-crm/domain/contracts';
const BROWSER_CONTRACTS = '\0browser-contracts';

type Projected = { method: string; path: string } | { [key: string]: Projected };

/** What the tab's client reads of a contract (or of a record of them): method and path. */
function project(value: unknown, name: string): Projected {
  if (typeof value !== 'object' || value === null) throw new Error(`${name} is not a contract`);
  if ('method' in value && 'path' in value)
    return { method: String(value.method), path: String(value.path) };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, project(v, `${name}.${k}`)]));
}

/**
 * The contracts carry zod schemas for the API's validation and OpenAPI; the tab needs only
 * their types and their method and path. So the browser gets this projection of the module and
 * zod stays out of the initial JavaScript.
 */
function browserContracts(): Plugin {
  let modules = new Map<string, string>();
  return {
    name: 'browser-contracts',
    enforce: 'pre',
    async buildStart() {
      const { module, dependencies } = await runnerImport<Contracts>(CONTRACTS_ENTRY, {
        configFile: false,
        logLevel: 'silent',
      });
      const names = Object.keys(module);
      // One module per contract, so each lands in the chunk that calls it.
      modules = new Map([
        [
          BROWSER_CONTRACTS,
          names.map((n) => `export { ${n} } from '${BROWSER_CONTRACTS}/${n}';`).join('\n'),
        ],
        ...Object.entries(module).map(([n, value]): [string, string] => [
          `${BROWSER_CONTRACTS}/${n}`,
          `export const ${n} = ${JSON.stringify(project(value, n))};`,
        ]),
      ]);
      for (const file of dependencies) this.addWatchFile(file);
    },
    resolveId: (id) =>
      id === CONTRACTS_ENTRY ? BROWSER_CONTRACTS : modules.has(id) ? id : undefined,
    load: (id) => modules.get(id),
  };
}

export default defineConfig({
  plugins: [browserContracts(), react()],
  build: { outDir: 'dist', sourcemap: true },
});
