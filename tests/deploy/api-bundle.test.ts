import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../api/src/routes';
import { buildApi } from '../../scripts/build-api';

const run = promisify(execFile);

/**
 * The Functions worker hands the app `@azure/functions-core`; this stand-in follows its
 * interface (setProgrammingModel, registerFunction, registerHook, log) and prints what the
 * app registered, so the deployment bundle is checked the way the host would load it.
 */
const FUNCTIONS_CORE_STAND_IN = `
const registered = [];
module.exports = {
  setProgrammingModel() {},
  registerHook() { return { dispose() {} }; },
  log() {},
  registerFunction(metadata) {
    registered.push({ name: metadata.name, bindings: Object.values(metadata.bindings).map((b) => b.type) });
    return { dispose() {} };
  },
};
process.on('exit', () => console.log(JSON.stringify(registered)));
`;

type Registered = { name: string; bindings: string[] };

let dir: string;
let registered: Registered[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-api-dist-'));
  await buildApi(dir);
  const core = join(dir, 'node_modules', '@azure', 'functions-core');
  await mkdir(core, { recursive: true });
  await writeFile(join(core, 'index.js'), FUNCTIONS_CORE_STAND_IN);
  await writeFile(
    join(core, 'package.json'),
    JSON.stringify({ name: '@azure/functions-core', main: 'index.js' }),
  );
  // Only the bundle and the host's module: nothing from the repository's node_modules.
  const { stdout } = await run(process.execPath, ['-e', "import('./main.js')"], { cwd: dir });
  registered = JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as Registered[];
}, 180_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the Functions app bundle (api/dist)', () => {
  it('registers every route of the table as an HTTP function with the host', () => {
    const http = registered.filter((r) => r.bindings.includes('httpTrigger')).map((r) => r.name);
    for (const route of routes) expect(http).toContain(route.name);
  });

  it('registers the bot endpoint, the notification queue trigger and the outbox sweeper', () => {
    expect(registered.map((r) => r.name)).toContain('messages');
    expect(registered.some((r) => r.bindings.includes('queueTrigger'))).toBe(true);
    expect(registered.some((r) => r.bindings.includes('timerTrigger'))).toBe(true);
  });

  it('never exposes the local sign-in endpoints', () => {
    expect(registered.map((r) => r.name).filter((n) => /^dev/i.test(n))).toEqual([]);
  });

  it('leaves out the embedded Cosmos server and its snapshot, which only tests and npm start use', async () => {
    const main = await readFile(join(dir, 'main.js'), 'utf8');
    expect(main).not.toContain('@vercel/cosmosdb-server');
    expect(main).not.toContain('channel-crm-cosmos-snapshot');
  });

  it('ships a host.json with the extension bundle the queue and timer triggers need', async () => {
    const host = JSON.parse(await readFile(join(dir, 'host.json'), 'utf8')) as {
      version: string;
      extensionBundle: { id: string };
      extensions: { queues: { maxPollingInterval: string; messageEncoding: string } };
    };
    expect(host.version).toBe('2.0');
    expect(host.extensionBundle.id).toBe('Microsoft.Azure.Functions.ExtensionBundle');
    // Cards follow a quiet spell within seconds, not the trigger's default minute.
    expect(host.extensions.queues.maxPollingInterval).toBe('00:00:02');
    expect(host.extensions.queues.messageEncoding).toBe('base64');
  });
});
