import {
  createPipeline,
  listPipelines,
  notFound,
  updatePipeline,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { asItems } from '../http/lists';
import { bind, type Route } from '../http/route';

export const pipelineRoutes: Route[] = [
  // The use case answers an empty list for a space id of another tenant; that is a 404 here.
  bind(contracts.listPipelines, async (ctx, req) =>
    (await ctx.store.spaces.get(ctx.actor.tenantId, req.params.id))
      ? asItems(await listPipelines(ctx, req.params.id))
      : notFound('space', req.params.id),
  ),
  bind(contracts.createPipeline, (ctx, req) => createPipeline(ctx, req.params.id, req.body)),
  bind(contracts.updatePipeline, (ctx, req) =>
    updatePipeline(ctx, req.params.id, req.body, req.expectedVersion),
  ),
];
