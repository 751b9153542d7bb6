// The local app in its own process over stores the test runs, so a test can SIGKILL it mid-import.
import { startLocalApp } from '../../scripts/local-app';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const app = await startLocalApp({
  dataDir: env('CRM_DATA_DIR'),
  tab: false,
  seed: false,
  timers: false,
  cosmos: { endpoint: env('COSMOS_ENDPOINT'), key: env('COSMOS_KEY') },
  storage: { connectionString: env('AzureWebJobsStorage') },
  importChunkRows: Number(env('IMPORT_CHUNK_ROWS')),
});
process.send?.({ apiUrl: app.api!.url });
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
