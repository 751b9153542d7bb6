import {
  createSpace,
  listMySpaces,
  listSpaceMembers,
  notFound,
  ok,
  updateSpace,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { asItems } from '../http/lists';
import { bind, type Route } from '../http/route';

export const spaceRoutes: Route[] = [
  bind(contracts.listMySpaces, async (ctx) => asItems(await listMySpaces(ctx))),
  bind(contracts.createSpace, (ctx, req) => createSpace(ctx, req.body)),
  bind(contracts.getSpace, async (ctx, req) => {
    const mine = await listMySpaces(ctx);
    if (!mine.ok) return mine;
    const space = mine.value.find((s) => s.id === req.params.id);
    return space ? ok(space) : notFound('space', req.params.id);
  }),
  bind(contracts.updateSpace, (ctx, req) =>
    updateSpace(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.listSpaceMembers, async (ctx, req) =>
    asItems(await listSpaceMembers(ctx, req.params.id)),
  ),
];
