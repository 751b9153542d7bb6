import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeHttpServer = {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Drops open connections and stops listening. */
  close(): Promise<void>;
};

/**
 * A local stand-in for a remote HTTP API on an ephemeral loopback port. `handle` gets each
 * request with its whole body as text; what it throws (or rejects with) goes to `fail`.
 */
export async function startFakeHttpServer(
  handle: (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>,
  fail: (res: ServerResponse, error: unknown) => void,
): Promise<FakeHttpServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          await handle(req, res, Buffer.concat(chunks).toString('utf8'));
        } catch (error) {
          fail(res, error);
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
