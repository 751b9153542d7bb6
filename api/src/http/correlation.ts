import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

export const CORRELATION_HEADER = 'x-correlation-id';

/** The W3C trace id of `traceparent` when it is well formed, else a new one. */
export function correlationIdFrom(traceparent: string | null): string {
  const traceId = traceparent?.trim().toLowerCase().match(TRACEPARENT)?.[1];
  if (traceId && !/^0+$/.test(traceId)) return traceId;
  return randomBytes(16).toString('hex');
}
