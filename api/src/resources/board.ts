import { getBoard } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const boardRoutes: Route[] = [
  bind(contracts.getBoard, (ctx, req) => getBoard(ctx, req.params.id, req.query)),
];
