import { checkDuplicates, dismissDuplicate, listDuplicates } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const duplicateRoutes: Route[] = [
  bind(contracts.checkDuplicates, (ctx, req) => checkDuplicates(ctx, req.body)),
  bind(contracts.listDuplicates, (ctx, req) => listDuplicates(ctx, req.query)),
  bind(contracts.dismissDuplicate, (ctx, req) =>
    dismissDuplicate(ctx, req.body, req.expectedVersion),
  ),
];
