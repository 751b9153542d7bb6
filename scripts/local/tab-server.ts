import { createServer, type ViteDevServer } from 'vite';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tabRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tab');

export type TabServer = { url: string; close(): Promise<void> };

/** The tab's Vite dev server; `/api` is proxied to the local API host. */
export async function startTabServer(options: {
  apiUrl: string;
  port?: number;
  /** Test-only: the Teams host emulator's origin, which teams-js must trust (tests/support/teams-host.ts). */
  teamsTestOrigin?: string;
}): Promise<TabServer> {
  const server: ViteDevServer = await createServer({
    root: tabRoot,
    configFile: join(tabRoot, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    ...(options.teamsTestOrigin
      ? {
          define: {
            'import.meta.env.VITE_TEAMS_TEST_ORIGIN': JSON.stringify(options.teamsTestOrigin),
          },
        }
      : {}),
    server: {
      port: options.port ?? 0,
      strictPort: options.port !== undefined,
      host: '127.0.0.1',
      proxy: { '/api': { target: options.apiUrl, changeOrigin: true } },
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  return { url, close: () => server.close() };
}
