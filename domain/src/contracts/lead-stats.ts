import { Id } from '../model/common';
import {
  GetLeadIntradayInput,
  GetLeadStatsInput,
  LeadIntraday,
  LeadStats,
  SplitControl,
} from '../model/lead-stats';
import { contract } from './contract';

const tag = 'lead-stats';

export const getLeadStats = contract({
  name: 'getLeadStats',
  // The space, then the statistics shards and up to 366 days, a hundred point reads a request.
  roundTrips: 5,
  method: 'GET',
  path: '/spaces/{spaceId}/lead-stats',
  summary: "A space's lead statistics, and its conversions over a period of arrival dates",
  tag,
  params: { spaceId: Id },
  query: GetLeadStatsInput,
  response: LeadStats,
});

export const getLeadIntraday = contract({
  name: 'getLeadIntraday',
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{spaceId}/lead-intraday',
  summary: "A day's lead arrivals by hour against the same weekday's average",
  tag,
  params: { spaceId: Id },
  query: GetLeadIntradayInput,
  response: LeadIntraday,
});

export const getSplitControl = contract({
  name: 'getSplitControl',
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{spaceId}/split-control',
  summary: "Each co-owner's shares across a space's split leads, with totals",
  tag,
  params: { spaceId: Id },
  response: SplitControl,
});
