// Imports of CSV rows end to end through the job: the file appended to Blob storage (Azurite)
// part by part as it is generated, then the chunks run by the worker's polling loop from the
// `imports` queue into Cosmos DB (the embedded server in its own process). Reports rows per
// second from start to finished for 100,000 rows, and how far this process's resident set grew
// during an import of 20,000 rows and then one of 100,000: flat memory grows alike for both.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createCosmosStore,
  systemClock,
  type CrmStore,
  type ImportJob,
} from '@channel-crm/domain/server';
import { guessMapping } from '@channel-crm/domain';
import { createImportRuntime, type ImportRuntime } from '../../api/src/imports/import-runtime';
import { startAzurite } from '../local/notifications';
import type { BenchFigure } from './figure';

const ROWS = 100_000;
const SMALL_ROWS = 20_000;
const ROWS_PER_PART = 2_000;
const HEADER = ['Imię', 'Nazwisko', 'Firma', 'E-mail', 'Telefon'];
const MB = 1024 * 1024;
const tenantId = 'bench-import';

/** Row `i`: Polish letters, a quoted company; 1 % malformed e-mails. */
const csvRow = (i: number) =>
  `Łukasz${i % 97};Wiśniewski${i};"Źródło ${i % 500} Sp. z o.o.";` +
  `${i % 100 === 99 ? 'not-an-email' : `lukasz.${i}@zrodlo${i % 500}.pl`};+48 601 ${String(i % 1000).padStart(3, '0')} ${String(i % 997).padStart(3, '0')}\r\n`;

function* fileParts(rows: number): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`\uFEFF${HEADER.join(';')}\r\n`);
  for (let start = 0; start < rows; start += ROWS_PER_PART) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + ROWS_PER_PART); i += 1) text += csvRow(i);
    yield encoder.encode(text);
  }
}

function startCosmosProcess() {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'import', 'cosmos-process.ts');
  const child = fork(script, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const ready = new Promise<{ endpoint: string; key: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { endpoint: string; key: string }));
    child.once('exit', (code) => reject(new Error(`the Cosmos process exited (${code})`)));
  });
  return { ready, stop: () => child.kill('SIGTERM') };
}

type Measured = { seconds: number; peakRssGrowth: number; size: number };

/** Uploads a file of `rows` rows, runs its import to the end; answers time and memory. */
async function importRows(
  store: CrmStore,
  imports: ImportRuntime,
  rows: number,
): Promise<Measured> {
  const now = new Date().toISOString();
  const job: ImportJob = {
    id: crypto.randomUUID(),
    tenantId,
    spaceId: crypto.randomUUID(),
    recordType: 'lead',
    fileName: 'bench.csv',
    size: 1,
    received: 0,
    format: 'csv',
    encoding: 'utf-8',
    separator: ';',
    header: HEADER,
    mapping: guessMapping(HEADER, 'lead'),
    status: 'running',
    counts: { read: 0, stored: 0, skipped: 0 },
    offset: 0,
    line: 1,
    chunk: 0,
    createdBy: 'bench-user',
    createdAt: now,
    updatedAt: now,
  };
  let size = 0;
  for (const part of fileParts(rows)) {
    await imports.services.files.append(`${tenantId}/${job.id}`, part);
    size += part.length;
  }
  await store.imports.create({ ...job, size, received: size });

  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  await imports.services.queue.enqueue({ tenantId, jobId: job.id, chunk: 0, offset: 0, line: 1 });
  let finished: ImportJob | undefined;
  while (!finished) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const read = await store.imports.get(tenantId, job.id);
    if (read?.job.status === 'finished') finished = read.job;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (finished.counts.stored !== rows * 0.99 || finished.counts.skipped !== rows / 100)
    throw new Error(`unexpected counts ${JSON.stringify(finished.counts)}`);
  return { seconds, peakRssGrowth: Math.round(((peak - baseline) / MB) * 10) / 10, size };
}

export async function run(): Promise<BenchFigure[]> {
  const cosmosProcess = startCosmosProcess();
  const azurite = await startAzurite();
  try {
    const store = await createCosmosStore(await cosmosProcess.ready);
    const imports = await createImportRuntime({
      store,
      clock: systemClock,
      storage: { connectionString: azurite.connectionString },
    });
    const loop = imports.startLoop();
    const small = await importRows(store, imports, SMALL_ROWS);
    const large = await importRows(store, imports, ROWS);
    await loop.stop();
    return [
      { name: 'import.job.rows_per_s', value: Math.round(ROWS / large.seconds), unit: 'rows/s' },
      { name: 'import.job.peak_rss_growth_20k', value: small.peakRssGrowth, unit: 'MB' },
      { name: 'import.job.peak_rss_growth_100k', value: large.peakRssGrowth, unit: 'MB' },
      {
        name: 'import.job.file_size_100k',
        value: Math.round((large.size / MB) * 10) / 10,
        unit: 'MB',
      },
    ];
  } finally {
    await azurite.close();
    cosmosProcess.stop();
  }
}
