import * as contracts from '@channel-crm/domain/contracts';
import { getLeadIntraday, getLeadStats, getSplitControl } from '@channel-crm/domain/server';
import { bind, type Route } from '../http/route';

export const leadStatsRoutes: Route[] = [
  bind(contracts.getLeadStats, (ctx, req) => getLeadStats(ctx, req.params.spaceId, req.query)),
  bind(contracts.getLeadIntraday, (ctx, req) =>
    getLeadIntraday(ctx, req.params.spaceId, req.query),
  ),
  bind(contracts.getSplitControl, (ctx, req) => getSplitControl(ctx, req.params.spaceId)),
];
