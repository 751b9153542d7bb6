// Import parsing throughput for 100,000 CSV rows generated chunk by chunk (the file is never
// whole in memory): decoding and tokenizing alone, then with the column mapping, the input
// schemas and the duplicate keys of each row; and how far the resident set grew meanwhile.
import {
  ChunkDecoder,
  CsvReader,
  duplicateKeys,
  guessMapping,
  rowMapper,
  type CsvRow,
} from '@channel-crm/domain';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchFigure } from './figure';

const ROWS = 100_000;
const ROWS_PER_CHUNK = 500;
const HEADER = 'Imię;Nazwisko;Firma;E-mail;Telefon;Notatka\r\n';
const MB = 1024 * 1024;

/** Row `i` of the file: Polish letters, a quoted note with a line break, 1 % ragged rows. */
function csvRow(i: number): string {
  if (i % 100 === 99) return `Brak;kolumn;${i}\r\n`;
  return (
    `Łukasz${i % 97};Wiśniewski${i};"Źródło ${i % 500} Sp. z o.o.";` +
    `lukasz.${i}@zrodlo${i % 500}.pl;+48 601 ${String(i % 1000).padStart(3, '0')} ${String(i % 997).padStart(3, '0')};` +
    `"Spotkanie na targach; ""pilne""\r\noddzwonić"\r\n`
  );
}

/** The file as UTF-8 chunks of `ROWS_PER_CHUNK` rows, made as they are read. */
function* fileChunks(): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`\uFEFF${HEADER}`);
  for (let start = 0; start < ROWS; start += ROWS_PER_CHUNK) {
    let text = '';
    for (let i = start; i < Math.min(ROWS, start + ROWS_PER_CHUNK); i += 1) text += csvRow(i);
    yield encoder.encode(text);
  }
}

// A full collection on demand, so what a pass keeps is told apart from garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * `peakRssGrowth`: the most the resident set grew over the pass (the heap sizing itself up is
 * part of it); `retainedHeapGrowth`: the heap still in use after a full collection at the end,
 * against the start (near 0 when nothing is held per row).
 */
type Pass = { rows: number; ms: number; peakRssGrowth: number; retainedHeapGrowth: number };

function readFile(onRow: (row: CsvRow) => void): Pass {
  collectGarbage();
  const { rss: baseline, heapUsed: heapBefore } = process.memoryUsage();
  let peak = baseline;
  let rows = 0;
  let decoder: ChunkDecoder | undefined;
  const reader = new CsvReader();
  const take = (batch: CsvRow[]) => {
    for (const row of batch) {
      if (row.type !== 'header') rows += 1;
      onRow(row);
    }
  };
  const start = performance.now();
  for (const chunk of fileChunks()) {
    decoder ??= ChunkDecoder.forSample(chunk);
    take(reader.push(decoder.decode(chunk)));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  take(reader.push(decoder?.end() ?? ''));
  take(reader.end());
  const ms = performance.now() - start;
  collectGarbage();
  return {
    rows,
    ms,
    peakRssGrowth: (peak - baseline) / MB,
    retainedHeapGrowth: (process.memoryUsage().heapUsed - heapBefore) / MB,
  };
}

export async function run(): Promise<BenchFigure[]> {
  const tokenized = readFile(() => {});

  let header: string[] = [];
  let toLead: ReturnType<typeof rowMapper<'lead'>> | undefined;
  let good = 0;
  const mapped = readFile((row) => {
    if (row.type === 'header') {
      header = row.fields;
      toLead = rowMapper(header, guessMapping(header, 'lead'), 'lead');
    } else if (row.type === 'record' && toLead) {
      const result = toLead(row);
      if (result.ok) {
        duplicateKeys({ type: 'lead', ...result.input }, { defaultCountry: 'PL' });
        good += 1;
      }
    }
  });
  if (good !== ROWS - ROWS / 100) throw new Error(`expected ${ROWS * 0.99} good rows, got ${good}`);

  const perSecond = (pass: Pass) => Math.round((pass.rows / pass.ms) * 1000);
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: 'import.parse.rows_per_s', value: perSecond(tokenized), unit: 'rows/s' },
    { name: 'import.parse_map_keys.rows_per_s', value: perSecond(mapped), unit: 'rows/s' },
    {
      name: 'import.parse.peak_rss_growth',
      value: round(Math.max(tokenized.peakRssGrowth, mapped.peakRssGrowth)),
      unit: 'MB',
    },
    {
      name: 'import.parse.retained_heap_growth',
      value: round(Math.max(tokenized.retainedHeapGrowth, mapped.retainedHeapGrowth)),
      unit: 'MB',
    },
  ];
}
