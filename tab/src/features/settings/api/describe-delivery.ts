/** What a dead letter's queued delivery says about itself, when it says anything readable. */
export type DeliverySummary = { recipientId?: string; headline?: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const textOf = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function parsed(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** A poison message may be anything (a string, a number, half a delivery): nothing is assumed. */
export function describeDelivery(raw: unknown): DeliverySummary {
  const delivery = parsed(raw);
  if (!isRecord(delivery)) return {};
  const activity = isRecord(delivery.activity) ? delivery.activity : {};
  return { recipientId: textOf(delivery.recipientId), headline: textOf(activity.summary) };
}
