import type { HttpHandler, HttpResponseInit } from '@azure/functions';
import { HttpRequest, HttpResponse, InvocationContext } from '../functions/azure-functions';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { correlationIdFrom, CORRELATION_HEADER } from '../http/correlation';
import { MAX_BODY_BYTES } from '../http/body';
import { problem } from '../http/problem';
import { createRouteMatcher, type RouteTemplate } from './route-match';

export type LocalHost = { url: string; close(): Promise<void> };

export type LocalHostOptions = {
  /** What `app.http` registered: the host calls these very handlers. */
  functions: { name: string; methods: string[]; route: string; handler: HttpHandler }[];
  port?: number;
  host?: string;
  /** Invocation logs; quiet by default except errors. */
  log?: (level: string, message: string) => void;
};

type Target = { name: string; handler: HttpHandler };

async function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES + 1024) return 'too_large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

type PlainResponse = HttpResponseInit & {
  body?: string;
  headers?: Record<string, string>;
};

/** What the route handler answers: a status, a plain header object and a string body. */
function isPlain(
  init: HttpResponseInit | InstanceType<typeof HttpResponse>,
): init is PlainResponse {
  if (init instanceof HttpResponse) return false;
  const { body, headers, jsonBody, cookies } = init;
  const plainHeaders =
    headers === undefined ||
    (typeof headers === 'object' && !(headers instanceof Headers) && !Array.isArray(headers));
  return (
    (body === undefined || typeof body === 'string') &&
    plainHeaders &&
    jsonBody === undefined &&
    cookies === undefined
  );
}

/** A string body goes out as is, with the headers a fetch `Response` would give it. */
function sendPlain(res: ServerResponse, init: PlainResponse): void {
  const status = init.status ?? 200;
  const headers: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(init.headers ?? {}))
    headers[name.toLowerCase()] = value;
  const body = status === 204 || status === 205 || status === 304 ? undefined : init.body;
  if (body !== undefined) {
    headers['content-type'] ??= 'text/plain;charset=UTF-8';
    headers['content-length'] = Buffer.byteLength(body);
  }
  res.writeHead(status, headers);
  res.end(body);
}

async function send(
  res: ServerResponse,
  init: HttpResponseInit | InstanceType<typeof HttpResponse>,
): Promise<void> {
  if (isPlain(init)) return sendPlain(res, init);
  const response = init instanceof HttpResponse ? init : new HttpResponse(init);
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * A plain node:http host for `npm start` and tests: each request becomes an @azure/functions
 * HttpRequest and InvocationContext and goes to the handler registered for its route.
 */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const log = options.log ?? ((level, message) => level === 'error' && console.error(message));
  const templates: RouteTemplate<Target>[] = options.functions.map((f) => ({
    methods: f.methods,
    template: f.route,
    target: { name: f.name, handler: f.handler },
  }));
  const match = createRouteMatcher(templates);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const method = req.method ?? 'GET';
    const found = match(method, url.pathname);
    if (!found || found === 'method_not_allowed') {
      const correlationId = correlationIdFrom(headersOf(req).traceparent ?? null);
      const refusal = problem('not_found', `No route for ${method} ${url.pathname}`, correlationId);
      return send(res, {
        ...refusal,
        status: found ? 405 : 404,
        headers: {
          ...(refusal.headers as Record<string, string>),
          [CORRELATION_HEADER]: correlationId,
        },
      });
    }
    const body = await readBody(req);
    if (body === 'too_large') {
      const correlationId = correlationIdFrom(headersOf(req).traceparent ?? null);
      return send(res, problem('payload_too_large', 'The body exceeds 1 MB', correlationId));
    }
    // Azure's front end names the caller in X-Forwarded-For; so does this host.
    const headers = headersOf(req);
    headers['x-forwarded-for'] ??= req.socket.remoteAddress ?? '';
    const request = new HttpRequest({
      method,
      url: url.toString(),
      headers,
      params: found.params,
      ...(body.length > 0 ? { body: { bytes: body } } : {}),
    });
    const context = new InvocationContext({
      invocationId: crypto.randomUUID(),
      functionName: found.target.name,
      logHandler: (level, ...args) => log(level, args.map(String).join(' ')),
    });
    return send(res, await found.target.handler(request, context));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log('error', `local host: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
