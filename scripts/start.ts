// `npm start`: the whole app on this machine, data under .data/ (kept across restarts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { entraSettingsFromEnv } from '../api/src/auth/entra';
import { startLocalApp } from './local-app';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Written by `atk deploy --env local` (teamsapp.local.yml) for running inside Teams.
const teamsEnv = join(root, '.data', 'teams.local.env');
if (existsSync(teamsEnv)) process.loadEnvFile(teamsEnv);
const { COSMOS_ENDPOINT, COSMOS_KEY, ENTRA_CLIENT_ID } = process.env;
// The usual local ports (Cosmos emulator, Functions host, Vite); override with env.
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const app = await startLocalApp({
  dataDir: process.env.CRM_DATA_DIR ?? join(root, '.data'),
  ports: {
    cosmos: port('COSMOS_PORT', 8081),
    api: port('API_PORT', 7071),
    tab: port('TAB_PORT', 5173),
  },
  log: (line) => console.log(line),
  cosmos: COSMOS_ENDPOINT ? { endpoint: COSMOS_ENDPOINT, key: COSMOS_KEY || undefined } : undefined,
  entra: ENTRA_CLIENT_ID ? entraSettingsFromEnv(process.env) : undefined,
  migrations: true,
});

console.log('\nChannel CRM is running:');
for (const [name, url] of Object.entries(app.urls)) console.log(`  ${name.padEnd(14)} ${url}`);
console.log('\nOpen the tab URL and sign in as a demo user. Ctrl-C stops everything and saves.');

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping and saving…`);
  try {
    await app.stop();
    console.log('Stopped; data saved.');
    process.exit(0);
  } catch (error) {
    console.error('Stopping failed:', error);
    process.exit(1);
  }
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
