import { checkDuplicates } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const duplicateRoutes: Route[] = [
  bind(contracts.checkDuplicates, (ctx, req) => checkDuplicates(ctx, req.body)),
];
