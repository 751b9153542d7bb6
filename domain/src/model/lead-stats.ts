import { z } from 'zod';
import { knownTimeZone } from '../rules/client-settings';
import { Id, IsoDate, UserId } from './common';
import { LeadSource, LeadStatus } from './lead';

/** The longest period conversions are summed over, in days. */
export const MAX_STATS_DAYS = 366;

export const IanaTimeZone = z
  .string()
  .max(64)
  .refine((zone) => knownTimeZone(zone) !== undefined, 'expected an IANA time zone');

export const GetLeadStatsInput = z.object({
  /** The first local arrival date counted; default: 29 days before `to`. */
  from: IsoDate.optional(),
  /** The last local arrival date counted; default: today in `timeZone`. */
  to: IsoDate.optional(),
  /** The time zone the dates are meant in (the viewer's); default UTC. */
  timeZone: IanaTimeZone.default('UTC'),
});
export type GetLeadStatsInput = z.infer<typeof GetLeadStatsInput>;

const Conversion = z.object({
  total: z.number().int(),
  qualified: z.number().int(),
});

/** The middle of the first-touch bucket holding the median, and the bucket's bounds. */
const MedianFirstTouch = z.object({
  minutes: z.number(),
  fromMinutes: z.number(),
  toMinutes: z.number(),
});

export const LeadStats = z.object({
  spaceId: Id,
  from: IsoDate,
  to: IsoDate,
  timeZone: z.string(),
  /** Of the leads that arrived in the period: how many are qualified now. */
  conversions: z.object({
    all: Conversion,
    bySource: z.array(Conversion.extend({ source: LeadSource })),
    /** Per owner now; a row without `ownerId` is the free pool. */
    bySeller: z.array(Conversion.extend({ ownerId: UserId.optional() })),
  }),
  /** The leads that arrived in the period, as they are now. */
  statistics: z.object({
    total: z.number().int(),
    byStatusAndSource: z.array(
      z.object({ status: LeadStatus, source: LeadSource, count: z.number().int() }),
    ),
    /** Leads touched by someone other than the system. */
    touched: z.number().int(),
    medianFirstTouch: MedianFirstTouch.optional(),
  }),
});
export type LeadStats = z.infer<typeof LeadStats>;

export const GetLeadIntradayInput = z.object({
  /** The local date; default: today in `timeZone`. */
  date: IsoDate.optional(),
  timeZone: IanaTimeZone.default('UTC'),
  /** How many previous same weekdays the average covers. */
  weeks: z.coerce.number().int().min(1).max(12).default(4),
});
export type GetLeadIntradayInput = z.infer<typeof GetLeadIntradayInput>;

export const LeadIntraday = z.object({
  spaceId: Id,
  date: IsoDate,
  timeZone: z.string(),
  weeks: z.number().int(),
  /** Leads that arrived on the date. */
  arrivals: z.number().int(),
  /** Local hours 0–23: arrivals that hour, and the same hour's average over the weeks. */
  hours: z.array(
    z.object({
      hour: z.number().int().min(0).max(23),
      arrivals: z.number().int(),
      average: z.number(),
    }),
  ),
});
export type LeadIntraday = z.infer<typeof LeadIntraday>;

export const SplitControl = z.object({
  spaceId: Id,
  /** Leads that carry co-owner shares. */
  splitLeads: z.number().int(),
  /** Each co-owner: on how many split leads, and the sum of their shares in basis points. */
  users: z.array(
    z.object({ userId: UserId, leads: z.number().int(), basisPoints: z.number().int() }),
  ),
  totals: z.object({ leads: z.number().int(), basisPoints: z.number().int() }),
});
export type SplitControl = z.infer<typeof SplitControl>;
