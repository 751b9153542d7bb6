/** The answer of a bucket: go ahead, or wait this many whole seconds. */
export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number; perMinute: number };

/** Buckets idle this long are full again, so they are forgotten. */
const IDLE_MS = 60_000;

/**
 * Token buckets per key, in this process: each holds up to `perMinute` requests and refills
 * evenly over a minute, so a burst up to the limit passes and a steady sender gets its rate.
 * With several instances each keeps its own buckets: the rate a sender gets is up to the limit
 * times the instances its requests are spread over.
 */
export function createTokenBuckets(maxBuckets = 10_000) {
  const buckets = new Map<string, Bucket>();

  function sweep(now: number) {
    for (const [key, bucket] of buckets) if (now - bucket.at > IDLE_MS) buckets.delete(key);
  }

  function tokensAt(key: string, perMinute: number, now: number): number {
    const bucket = buckets.get(key);
    return bucket && bucket.perMinute === perMinute
      ? Math.min(perMinute, bucket.tokens + (now - bucket.at) * (perMinute / 60_000))
      : perMinute;
  }

  const waitFor = (tokens: number, perMinute: number): Take => ({
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute)),
  });

  return {
    take(key: string, perMinute: number, now: number): Take {
      if (buckets.size >= maxBuckets) sweep(now);
      const tokens = tokensAt(key, perMinute, now);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now, perMinute });
        return { ok: true };
      }
      buckets.set(key, { tokens, at: now, perMinute });
      return waitFor(tokens, perMinute);
    },

    /** Whether `take` would let one through now, without taking it. */
    peek(key: string, perMinute: number, now: number): Take {
      const tokens = tokensAt(key, perMinute, now);
      return tokens >= 1 ? { ok: true } : waitFor(tokens, perMinute);
    },
  };
}

export type TokenBuckets = ReturnType<typeof createTokenBuckets>;
