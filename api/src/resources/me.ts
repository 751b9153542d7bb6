import * as contracts from '@channel-crm/domain/contracts';
import { getMe, getMyFigures } from '@channel-crm/domain/server';
import { bind, type Route } from '../http/route';

export const meRoutes: Route[] = [
  bind(contracts.getMe, (ctx) => getMe(ctx)),
  bind(contracts.getMyFigures, (ctx, req) => getMyFigures(ctx, req.query)),
];
