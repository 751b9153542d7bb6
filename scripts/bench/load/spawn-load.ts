// Starts the mixed load in its own process (load/driver.ts) against a running API.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchFigure } from '../figure';

export type LoadOptions = {
  api: string;
  users: number;
  seconds: number;
  prefix: string;
  /** Each virtual user's pause between two actions; 0 sends the next at once (saturation). */
  thinkMs: number;
};
export type RunningLoad = {
  /** Resolves once the virtual users are signed in and the load is on. */
  started: Promise<void>;
  done: Promise<BenchFigure[]>;
  /** Ends the load early; `done` still gives its figures. */
  stop(): void;
};

const driver = join(dirname(fileURLToPath(import.meta.url)), 'driver.ts');

export function spawnMixedLoad(options: LoadOptions): RunningLoad {
  const { api, users, seconds, prefix, thinkMs } = options;
  const child = fork(driver, [api, String(users), String(seconds), prefix, String(thinkMs)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const started = new Promise<void>((resolve, reject) => {
    child.on('message', () => resolve());
    void exited.then((code) => reject(new Error(`the load ended before it started (${code})`)));
  });
  const done = exited.then((code) => {
    if (code !== 0) throw new Error(`the load driver exited with ${code}`);
    return JSON.parse(output.trim().split('\n').at(-1)!) as BenchFigure[];
  });
  // A caller that fails before awaiting these still stops the load; that is not another error.
  started.catch(() => undefined);
  done.catch(() => undefined);
  return { started, done, stop: () => child.kill('SIGTERM') };
}
