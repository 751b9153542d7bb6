import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import * as contracts from '../domain/src/contracts/index';

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
  const projected = new Map(
    Object.entries(contracts).map(([name, value]) => [
      `${BROWSER_CONTRACTS}/${name}`,
      `export const ${name} = ${JSON.stringify(project(value, name))};`,
    ]),
  );
  // One module per contract, so each lands in the chunk that calls it.
  const entry = Object.keys(contracts)
    .map((name) => `export { ${name} } from '${BROWSER_CONTRACTS}/${name}';`)
    .join('\n');
  return {
    name: 'browser-contracts',
    enforce: 'pre',
    resolveId: (id) =>
      id === CONTRACTS_ENTRY ? BROWSER_CONTRACTS : projected.has(id) ? id : undefined,
    load: (id) => (id === BROWSER_CONTRACTS ? entry : projected.get(id)),
  };
}

export default defineConfig({
  plugins: [browserContracts(), react()],
  build: { outDir: 'dist', sourcemap: true },
});
