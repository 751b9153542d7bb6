import { fieldErrorsOf } from '../field-errors';
import { CoOwnerShares, SHARE_TOTAL, type CoOwnerShare } from '../model/routing';
import { invalid, ok, type Result } from '../result';

/**
 * Exact shares, in basis points, that always add up to 10,000 (100 %).
 *
 * Each co-owner's quota is `SHARE_TOTAL · rᵢ / Σr` for the requested weights `r` (equal when
 * none are given). Everyone first gets their quota rounded down; the basis points still missing
 * go one each to the largest remainders, a tie going to the co-owner earlier in the list
 * (largest-remainder, or Hamilton, rounding). So three equal co-owners get 33.34 / 33.33 /
 * 33.33 %, and seven get 14.29 % for the first four and 14.28 % for the rest. All arithmetic is
 * in integers, so no floating-point error can lose or add a basis point.
 *
 * `requested` are relative weights in whole numbers: percentages, basis points or 1 / 1 / 2.
 * Weights so uneven that a share rounds to 0 give a 0 share, which `validateShares` refuses.
 */
export function splitShares(
  userIds: readonly string[],
  requested?: readonly number[],
): CoOwnerShare[] {
  const weights = requested ?? userIds.map(() => 1);
  if (weights.length !== userIds.length)
    throw new RangeError(`${userIds.length} co-owners but ${weights.length} requested shares`);
  if (weights.some((weight) => !Number.isSafeInteger(weight) || weight <= 0))
    throw new RangeError('Requested shares are whole numbers above zero');
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const quotas = weights.map((weight, index) => {
    const scaled = weight * SHARE_TOTAL;
    const remainder = scaled % total;
    return { index, share: (scaled - remainder) / total, remainder };
  });
  const missing = SHARE_TOTAL - quotas.reduce((sum, quota) => sum + quota.share, 0);
  [...quotas]
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
    .slice(0, missing)
    .forEach((quota) => (quota.share += 1));
  return quotas.map(({ index, share }) => ({ userId: userIds[index]!, share }));
}

/**
 * Checks shares a user typed in: two or more co-owners, each once, each above 0 and below
 * 100 %, in whole hundredths of a percent, adding up to exactly 100 %.
 */
export function validateShares(coOwners: unknown): Result<CoOwnerShare[]> {
  const parsed = CoOwnerShares.safeParse(coOwners);
  return parsed.success ? ok(parsed.data) : invalid(fieldErrorsOf(parsed.error.issues));
}
