import { describe, expect, it } from 'vitest';
import { MAX_MUTED_RECORDS, withMuted } from './muted-records';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `record-${i}`);

describe('withMuted', () => {
  it('mutes a record once, however often it is muted', () => {
    expect(withMuted(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(withMuted(['a'], 'c', true)).toEqual(['a', 'c']);
  });

  it('unmutes a record and leaves the others', () => {
    expect(withMuted(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(withMuted(['a'], 'z', false)).toEqual(['a']);
  });

  it('refuses one more record past the cap but still re-mutes one already muted', () => {
    const full = ids(MAX_MUTED_RECORDS);
    expect(withMuted(full, 'one-more', true)).toBeUndefined();
    expect(withMuted(full, 'record-0', true)).toHaveLength(MAX_MUTED_RECORDS);
    expect(withMuted(full, 'record-0', false)).toHaveLength(MAX_MUTED_RECORDS - 1);
  });
});
