import {
  executeSplitterFilter,
  getSplitterFilters,
  getSplitterRun,
  setSplitterFilters,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const splitterFilterRoutes: Route[] = [
  bind(contracts.getSplitterFilters, (ctx, req) => getSplitterFilters(ctx, req.params.id)),
  bind(contracts.setSplitterFilters, (ctx, req) =>
    setSplitterFilters(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.executeSplitterFilter, (ctx, req) =>
    executeSplitterFilter(ctx, req.params.id, req.params.filterId, req.body.continuation),
  ),
  bind(contracts.getSplitterRun, (ctx, req) =>
    getSplitterRun(ctx, req.params.id, req.params.filterId),
  ),
];
