import { describe, expect, it } from 'vitest';
import { lanesOf } from './key-lanes';

const rows = (...keys: string[][]) => keys.map((k) => ({ keys: k }));

describe('lanes of rows for writing at once', () => {
  it('keeps rows linked by shared keys, even through another row, in one lane in file order', () => {
    const lanes = lanesOf(rows(['a'], ['x'], ['a', 'b'], ['y'], ['b']), 4);
    const laneOf = (index: number) => lanes.findIndex((lane) => lane.includes(index));
    expect(laneOf(0)).toBe(laneOf(2));
    expect(laneOf(2)).toBe(laneOf(4));
    expect(lanes[laneOf(0)]).toEqual([0, 2, 4]);
    expect(new Set([laneOf(0), laneOf(1), laneOf(3)]).size).toBe(3);
  });

  it('spreads unrelated rows evenly over the lanes, every row once', () => {
    const lanes = lanesOf(
      Array.from({ length: 10 }, (_, i) => ({ keys: [`k${i}`] })),
      3,
    );
    expect(lanes.map((lane) => lane.length)).toEqual([4, 3, 3]);
    expect(lanes.flat().sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
  });

  it('answers no lane for no rows, and one lane when asked for fewer than one', () => {
    expect(lanesOf([], 4)).toEqual([]);
    expect(lanesOf(rows(['a'], ['b']), 0)).toEqual([[0, 1]]);
  });
});
