// The local app in its own process over stores the test runs, so a test can run several
// instances over one Cosmos, or SIGKILL one mid-import (`app-process.ts` starts it).
import { startLocalApp } from '../../scripts/local-app';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const chunkRows = process.env.IMPORT_CHUNK_ROWS;
const app = await startLocalApp({
  dataDir: env('CRM_DATA_DIR'),
  tab: false,
  seed: false,
  timers: false,
  cosmos: { endpoint: env('COSMOS_ENDPOINT'), key: env('COSMOS_KEY') },
  storage: { connectionString: env('AzureWebJobsStorage') },
  ...(chunkRows && { importChunkRows: Number(chunkRows) }),
});
process.send?.({ apiUrl: app.api!.url });
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
