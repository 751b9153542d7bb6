import { deleteTenant, exportTenant } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const tenantRoutes: Route[] = [
  bind(contracts.exportTenant, (ctx) => exportTenant(ctx)),
  bind(contracts.deleteTenant, (ctx, req) => deleteTenant(ctx, req.query)),
];
