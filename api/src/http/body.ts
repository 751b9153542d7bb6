import type { HttpRequest } from '@azure/functions';

export const MAX_BODY_BYTES = 1_000_000;

export type BodyRead =
  { ok: true; value: unknown; raw: string } | { ok: false; reason: 'too_large' | 'not_json' };

/** Reads a JSON body; an empty body reads as `undefined` so the schema names what is missing. */
export async function readJsonBody(request: HttpRequest): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return { ok: false, reason: 'too_large' };
  return parseJsonText(await request.text());
}

/** A body already read as text, checked and parsed like `readJsonBody` does. */
export function parseJsonText(raw: string): BodyRead {
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return { ok: false, reason: 'too_large' };
  if (raw.trim() === '') return { ok: true, value: undefined, raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown, raw };
  } catch {
    return { ok: false, reason: 'not_json' };
  }
}
