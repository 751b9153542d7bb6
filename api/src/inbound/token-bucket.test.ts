import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './token-bucket';

describe('token buckets', () => {
  it('let a burst up to the limit through, then say how long to wait', () => {
    const buckets = createTokenBuckets();
    const answers = Array.from({ length: 4 }, () => buckets.take('key', 3, 0));
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, false]);
    // 3 a minute: one comes back every 20 s.
    expect(answers[3]).toEqual({ ok: false, retryAfterSeconds: 20 });
  });

  it('refill evenly, and keep each key apart', () => {
    const buckets = createTokenBuckets();
    for (let i = 0; i < 60; i++) buckets.take('busy', 60, 0);
    expect(buckets.take('busy', 60, 0).ok).toBe(false);
    expect(buckets.take('other', 60, 0).ok).toBe(true);
    expect(buckets.take('busy', 60, 1_000).ok).toBe(true);
    expect(buckets.take('busy', 60, 1_000).ok).toBe(false);
  });

  it('peek says what a take would answer, without taking', () => {
    const buckets = createTokenBuckets();
    buckets.take('key', 2, 0);
    expect(buckets.peek('key', 2, 0)).toEqual({ ok: true });
    expect(buckets.peek('key', 2, 0)).toEqual({ ok: true });
    buckets.take('key', 2, 0);
    expect(buckets.peek('key', 2, 0)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(buckets.peek('key', 2, 30_000)).toEqual({ ok: true });
  });
});
