// Mixed load: 50 virtual users for 60 s against the app as `npm start` runs it (embedded
// Cosmos, Azurite, the demo seed), each a demo seller listing, opening, searching, editing,
// moving stages and adding notes (see load/mixed-load.ts for the proportions).
// BENCH_LOAD_SECONDS and BENCH_LOAD_USERS shorten a run while developing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApp } from '../local-app';
import type { BenchFigure } from './figure';
import { spawnMixedLoad } from './load/spawn-load';

const USERS = Number(process.env.BENCH_LOAD_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);

export async function run(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-load-'));
  const app = await startLocalApp({ dataDir, tab: false });
  try {
    const load = spawnMixedLoad({
      api: `${app.api!.url}/api`,
      users: USERS,
      seconds: SECONDS,
      prefix: 'load',
    });
    return await load.done;
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
