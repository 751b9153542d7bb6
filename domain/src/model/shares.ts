import { z } from 'zod';
import { UserId } from './common';

/** Shares are in basis points (hundredths of a percent): 10,000 is the whole lead. */
export const SHARE_TOTAL = 10_000;

export const CoOwnerShare = z.object({
  userId: UserId,
  /** Basis points: 3334 is 33.34 %. */
  share: z
    .number()
    .int('hundredths of a percent, a whole number')
    .min(1, 'more than 0 %')
    .max(SHARE_TOTAL - 1, 'less than 100 %'),
});
export type CoOwnerShare = z.infer<typeof CoOwnerShare>;
