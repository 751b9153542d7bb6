import type { HttpRequest } from '@azure/functions';

/**
 * The caller's address: the first entry of `X-Forwarded-For` (set by Azure's front ends and by
 * the local host), without the port Azure adds to it, since the port changes with every
 * connection and would give each one a limit of its own.
 */
export function clientAddress(request: HttpRequest): string {
  const first = (request.headers.get('x-forwarded-for') ?? '').split(',')[0]!.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(first);
  if (bracketed) return bracketed[1]!;
  return /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(first)?.[1] ?? first;
}
