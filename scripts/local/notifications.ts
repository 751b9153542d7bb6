import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNotifier, type Notifier, type NotifierConfig } from '@channel-crm/bot/notifier';

/** Azurite's documented development account (public, the same for everyone). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export type Azurite = { connectionString: string; close(): Promise<void> };

/**
 * Azurite's blob, queue and table services in a child process on ephemeral ports: in memory for
 * tests, on disk under `dataDir` for `npm start`.
 */
export async function startAzurite(options: { dataDir?: string } = {}): Promise<Azurite> {
  const require = createRequire(join(process.cwd(), 'tests', 'package.json'));
  const entry = require.resolve('azurite/dist/src/azurite.js');
  const args = [entry, '--disableTelemetry', '--skipApiVersionCheck', '--loose'];
  args.push('--blobPort', '0', '--queuePort', '0', '--tablePort', '0');
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    args.push('--location', options.dataDir);
  } else args.push('--inMemoryPersistence');
  // Azurite writes debug files to its working directory even in memory: keep them out of the repo.
  const cwd = await mkdtemp(join(tmpdir(), 'azurite-'));
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const ports = await readPorts(child);
  const connectionString = [
    'DefaultEndpointsProtocol=http',
    `AccountName=${DEV_ACCOUNT}`,
    `AccountKey=${DEV_KEY}`,
    `BlobEndpoint=http://127.0.0.1:${ports.Blob}/${DEV_ACCOUNT}`,
    `QueueEndpoint=http://127.0.0.1:${ports.Queue}/${DEV_ACCOUNT}`,
    `TableEndpoint=http://127.0.0.1:${ports.Table}/${DEV_ACCOUNT}`,
  ].join(';');
  return {
    connectionString,
    async close() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      await rm(cwd, { recursive: true, force: true });
    },
  };
}

function readPorts(child: ChildProcess): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const ports: Record<string, string> = {};
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const m of output.matchAll(
        /Azurite (\w+) service is successfully listening at \S+:(\d+)/g,
      )) {
        ports[m[1]!] = m[2]!;
      }
      if (ports.Blob && ports.Queue && ports.Table) resolve(ports);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`azurite exited (${code}): ${output}`)));
  });
}

export type LocalNotifications = {
  notifier: Notifier;
  connectionString: string;
  close(): Promise<void>;
};

/** The notifier's part of `startLocalApp`: Azurite plus the local sender polling loop. */
export async function startLocalNotifications(
  options: { dataDir?: string; connectionString?: string } & Pick<
    NotifierConfig,
    'reach' | 'connector'
  > = {},
): Promise<LocalNotifications> {
  const azurite = options.connectionString
    ? undefined
    : await startAzurite({ dataDir: options.dataDir });
  const connectionString = options.connectionString ?? azurite!.connectionString;
  const notifier = await createNotifier({
    storageConnectionString: connectionString,
    reach: options.reach,
    connector: options.connector,
  });
  const loop = notifier.startLoop();
  return {
    notifier,
    connectionString,
    async close() {
      await loop.stop();
      await azurite?.close();
    },
  };
}
