// `npm run bench`: runs every scripts/bench/*.bench.ts, prints `name value unit` per figure
// and writes bench/results.json.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure, BenchModule } from './figure';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const results: BenchFigure[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  for (const figure of await mod.run()) {
    console.log(`${figure.name} ${figure.value} ${figure.unit}`);
    results.push(figure);
  }
}
const out = join(here, '..', '..', 'bench', 'results.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
process.exit(0);
