import { describe, expect, it } from 'vitest';
import { splitShares, validateShares } from './split-shares';

const people = (count: number) => Array.from({ length: count }, (_, i) => `user-${i + 1}`);
const shares = (split: { share: number }[]) => split.map((c) => c.share);

describe('splitting a lead into exact shares', () => {
  it.each([2, 3, 4, 5, 6, 7, 8, 9, 10])('%i equal co-owners add up to exactly 100 %%', (count) => {
    const split = splitShares(people(count));
    expect(split.map((c) => c.userId)).toEqual(people(count));
    expect(shares(split).reduce((sum, share) => sum + share, 0)).toBe(10_000);
    expect(Math.max(...shares(split)) - Math.min(...shares(split))).toBeLessThanOrEqual(1);
  });

  it('gives the leftover hundredths to the earlier co-owners on a tie', () => {
    expect(shares(splitShares(people(3)))).toEqual([3334, 3333, 3333]);
    expect(shares(splitShares(people(6)))).toEqual([1667, 1667, 1667, 1667, 1666, 1666]);
    expect(shares(splitShares(people(7)))).toEqual([1429, 1429, 1429, 1429, 1428, 1428, 1428]);
  });

  it('gives the leftover to the largest remainder first when shares are requested', () => {
    // 1/1/2 of 100 %: 25, 25, 50 exactly.
    expect(shares(splitShares(people(3), [1, 1, 2]))).toEqual([2500, 2500, 5000]);
    // 1/2/4 of 10,000 is 1428.57, 2857.14, 5714.29: the one missing goes to the .57.
    expect(shares(splitShares(people(3), [1, 2, 4]))).toEqual([1429, 2857, 5714]);
  });

  it('keeps requested shares that already add up to 100 %', () => {
    expect(shares(splitShares(people(3), [5000, 3000, 2000]))).toEqual([5000, 3000, 2000]);
  });

  it('refuses requested shares that do not fit the co-owners', () => {
    expect(() => splitShares(people(2), [1])).toThrow(RangeError);
    expect(() => splitShares(people(2), [1, 0])).toThrow(RangeError);
    expect(() => splitShares(people(2), [1, 0.5])).toThrow(RangeError);
  });
});

describe('validating shares a user typed in', () => {
  it('accepts two or more people whose shares add up to 100 %', () => {
    const typed = [
      { userId: 'anna', share: 3334 },
      { userId: 'bartek', share: 6666 },
    ];
    expect(validateShares(typed)).toEqual({ ok: true, value: typed });
  });

  it('says the total is off, and by how much', () => {
    const result = validateShares([
      { userId: 'anna', share: 3333 },
      { userId: 'bartek', share: 3333 },
      { userId: 'cezary', share: 3333 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind === 'validation' && result.error.fields).toEqual([
      {
        path: '',
        code: 'field.shares_total',
        params: {},
        message: 'The shares add up to 99.99 %, not 100 %',
      },
    ]);
  });

  it('points at a co-owner named twice, a lone co-owner and a share that is not whole', () => {
    const fieldsOf = (input: unknown) => {
      const result = validateShares(input);
      return result.ok || result.error.kind !== 'validation'
        ? []
        : result.error.fields.map((f) => `${f.path} ${f.code}: ${f.message}`);
    };
    expect(
      fieldsOf([
        { userId: 'anna', share: 5000 },
        { userId: 'anna', share: 5000 },
      ]),
    ).toEqual([expect.stringMatching(/^1\.userId field\.\w+: Already in the list$/)]);
    expect(fieldsOf([{ userId: 'bartek', share: 9999 }])).toEqual([
      ' field.too_few: at least two co-owners',
      ' field.shares_total: The shares add up to 99.99 %, not 100 %',
    ]);
    expect(
      fieldsOf([
        { userId: 'anna', share: 5000.5 },
        { userId: 'bartek', share: 4999.5 },
      ]),
    ).toEqual([
      '0.share field.invalid_type: hundredths of a percent, a whole number',
      '1.share field.invalid_type: hundredths of a percent, a whole number',
    ]);
  });
});
