import * as contracts from '@channel-crm/domain/contracts';
import { getMe, getMyFigures, recordView } from '@channel-crm/domain/server';
import { bind, type Route } from '../http/route';

export const meRoutes: Route[] = [
  bind(contracts.getMe, (ctx) => getMe(ctx)),
  bind(contracts.recordView, (ctx, req) => recordView(ctx, req.body)),
  bind(contracts.getMyFigures, (ctx, req) => getMyFigures(ctx, req.query)),
];
