// The tab's production build, served by Vite's preview server with /api proxied to a local API,
// as the browser benchmarks load it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const tabRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tab');

export type ServedTab = { url: string; close(): Promise<void> };

/** Builds the tab into `outDir` and serves it; `apiUrl` ends in /api. */
export async function serveTabBuild(apiUrl: string, outDir: string): Promise<ServedTab> {
  const configFile = join(tabRoot, 'vite.config.ts');
  await build({
    root: tabRoot,
    configFile,
    logLevel: 'silent',
    build: { outDir, sourcemap: false },
  });
  const server = await preview({
    root: tabRoot,
    configFile,
    logLevel: 'silent',
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      proxy: { '/api': { target: apiUrl.replace(/\/api$/, ''), changeOrigin: true } },
    },
  });
  return {
    url: server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '',
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
