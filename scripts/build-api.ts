// `npm run build -w api`: bundles the Functions app into api/dist, ready for zip deploy
// (main.js with every dependency inside, host.json, package.json).
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'api');

/** Only the local host and tests start these; they never run in Azure. */
const LOCAL_ONLY = ['@vercel/cosmosdb-server', 'azurite', 'vite'];
/** Provided by the Functions worker at run time. */
const HOST_PROVIDED = ['@azure/functions-core'];

export const HOST_JSON = {
  version: '2.0',
  logging: { applicationInsights: { samplingSettings: { isEnabled: true } } },
  extensionBundle: {
    id: 'Microsoft.Azure.Functions.ExtensionBundle',
    version: '[4.*, 5.0.0)',
  },
  extensions: {
    queues: {
      maxDequeueCount: 5,
      batchSize: 16,
      // An idle queue trigger backs off to one poll a minute by default: a card would wait up
      // to a minute after a quiet spell. Two seconds keeps cards prompt for a few polls' cost.
      maxPollingInterval: '00:00:02',
      // The sender writes base64 (encodeMessage), the trigger's default; said here explicitly.
      messageEncoding: 'base64',
    },
  },
};

export async function buildApi(outDir = join(apiRoot, 'dist')): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(apiRoot, 'src', 'main.ts')],
    outfile: join(outDir, 'main.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    external: [...LOCAL_ONLY, ...HOST_PROVIDED],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  await writeFile(join(outDir, 'host.json'), JSON.stringify(HOST_JSON, null, 2));
  await writeFile(
    join(outDir, 'package.json'),
    JSON.stringify({ name: 'channel-crm-functions', type: 'module', main: 'main.js' }, null, 2),
  );
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Built ${await buildApi(process.argv[2])}`);
}
