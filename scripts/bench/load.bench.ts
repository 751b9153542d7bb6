// Mixed load: 50 virtual users for 60 s against the app as `npm start` runs it (embedded
// Cosmos, Azurite, the demo seed), each a demo seller listing, opening, searching, editing,
// moving stages and adding notes (see load/mixed-load.ts for the proportions), one action
// every THINK_MS as a busy seller clicks through the tab. A shorter run without pauses then
// finds the app's capacity (`load.saturated.*`): there 50 requests are always in flight, so
// its latencies are the queue's, 50 / throughput, not what a seller waits.
// BENCH_LOAD_SECONDS, BENCH_LOAD_USERS and BENCH_LOAD_THINK_MS change a run while developing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApp } from '../local-app';
import type { BenchFigure } from './figure';
import { spawnMixedLoad } from './load/spawn-load';

const USERS = Number(process.env.BENCH_LOAD_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const THINK_MS = Number(process.env.BENCH_LOAD_THINK_MS ?? 1_000);
const SATURATED_SECONDS = 20;

export async function run(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-load-'));
  const app = await startLocalApp({ dataDir, tab: false });
  try {
    const api = `${app.api!.url}/api`;
    const paced = spawnMixedLoad({
      api,
      users: USERS,
      seconds: SECONDS,
      prefix: 'load',
      thinkMs: THINK_MS,
    });
    const figures = await paced.done;
    const saturated = spawnMixedLoad({
      api,
      users: USERS,
      seconds: SATURATED_SECONDS,
      prefix: 'load.saturated',
      thinkMs: 0,
    });
    return [...figures, ...(await saturated.done)];
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
