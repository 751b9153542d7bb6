/** One card for one recipient, as it travels on the `notifications` queue. */
export type Delivery = {
  /** `${eventId}:${recipientId}`: the dedupe key. */
  key: string;
  tenantId: string;
  recipientId: string;
  eventId: string;
  recordId: string;
  activity: Record<string, unknown>;
  /** Connector attempts made so far. */
  attempt: number;
};

export const deliveryKey = (eventId: string, recipientId: string) => `${eventId}:${recipientId}`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Queue messages are untrusted input: anything malformed is refused rather than guessed at. */
export function parseDelivery(raw: unknown): Delivery | undefined {
  const value = typeof raw === 'string' ? safeJson(raw) : raw;
  if (!isRecord(value) || !isRecord(value.activity)) return undefined;
  const strings = ['key', 'tenantId', 'recipientId', 'eventId', 'recordId'] as const;
  if (!strings.every((k) => typeof value[k] === 'string' && value[k] !== '')) return undefined;
  const attempt = typeof value.attempt === 'number' ? value.attempt : 0;
  return { ...(value as Omit<Delivery, 'attempt'>), attempt };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Functions' queue trigger expects base64 messages by default; the local loop does the same. */
export const encodeMessage = (value: unknown) =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

export const decodeMessage = (text: string): unknown =>
  safeJson(Buffer.from(text, 'base64').toString('utf8'));
