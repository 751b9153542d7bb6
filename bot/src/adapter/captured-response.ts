export type BotHttpResponse = { status: number; headers: Record<string, string>; body?: unknown };

/**
 * The express-like response `CloudAdapter.process` writes to, captured as a plain value so the
 * Functions handler or node:http can send it.
 */
export function captureResponse() {
  const result: BotHttpResponse = { status: 200, headers: {} };
  const response = {
    socket: undefined,
    status(code: number) {
      result.status = code;
      return response;
    },
    header(name: string, value: unknown) {
      result.headers[name.toLowerCase()] = String(value);
      return response;
    },
    send(body: unknown) {
      result.body = body;
      return response;
    },
    end() {
      return response;
    },
  };
  return { response, result };
}
