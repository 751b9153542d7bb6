import { assignUser, listUsers } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { asItems } from '../http/lists';
import { bind, type Route } from '../http/route';

export const userRoutes: Route[] = [
  bind(contracts.listUsers, async (ctx) => asItems(await listUsers(ctx))),
  bind(contracts.assignUser, (ctx, req) =>
    assignUser(ctx, req.params.userId, req.body, req.expectedVersion),
  ),
];
