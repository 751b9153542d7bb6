import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalApp, type LocalApp, type LocalAppOptions } from '../../scripts/local-app';

export type Reply = { status: number; headers: Headers; body: unknown };

export type RequestOptions = {
  token?: string;
  body?: unknown;
  /** Sent as is (for malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
};

export type TestApp = {
  app: LocalApp;
  dataDir: string;
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
  tokenFor(userId: string): Promise<string>;
  stop(): Promise<void>;
  /** Stops and removes the data dir. */
  dispose(): Promise<void>;
};

export const newDataDir = () => mkdtemp(join(tmpdir(), 'crm-api-'));

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The seed, and the store whose writes shape the documents it leaves. */
const seedSources = [join(root, 'scripts', 'seed'), join(root, 'domain', 'src', 'store')];

/**
 * Seeding takes seconds, so the first test file seeds once into a snapshot that the others
 * copy (keyed by the seed's and the store's source, so a change to either seeds again).
 */
export async function seededSnapshot(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of seedSources)
    for (const file of (await readdir(dir)).sort())
      hash.update(file).update(await readFile(join(dir, file)));
  const template = join(tmpdir(), `crm-api-seed-${hash.digest('hex').slice(0, 16)}.json`);
  if (await stat(template).catch(() => undefined)) return template;
  const dir = await newDataDir();
  const app = await startLocalApp({ dataDir: dir, tab: false });
  await app.stop();
  await mkdir(dirname(template), { recursive: true });
  const partial = `${template}.${process.pid}`;
  await copyFile(join(dir, 'cosmos.json'), partial);
  await rename(partial, template);
  await rm(dir, { recursive: true, force: true });
  return template;
}

/** The app as `npm start` runs it (minus the tab), on ephemeral ports with the demo data. */
export async function startTestApp(
  dataDir?: string,
  options: Pick<
    LocalAppOptions,
    'timers' | 'importChunkRows' | 'importWorker' | 'migrations' | 'saveData' | 'meetings'
  > = {},
): Promise<TestApp> {
  const dir = dataDir ?? (await newDataDir());
  if (!dataDir) await copyFile(await seededSnapshot(), join(dir, 'cosmos.json'));
  const app = await startLocalApp({ ...options, dataDir: dir, tab: false });
  const { request, tokenFor } = apiClient(app.api!.url);
  return {
    app,
    dataDir: dir,
    request,
    tokenFor,
    stop: () => app.stop(),
    dispose: async () => {
      await app.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Requests to a running API as JSON, and a dev token for a demo user. */
export function apiClient(apiUrl: string): Pick<TestApp, 'request' | 'tokenFor'> {
  const request = async (method: string, path: string, options: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${apiUrl}/api${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
  const tokenFor = async (userId: string) => {
    const reply = await request('POST', '/dev/token', { body: { userId } });
    return (reply.body as { token: string }).token;
  };
  return { request, tokenFor };
}
