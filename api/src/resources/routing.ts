import {
  dryRunAssignmentRules,
  getAssignmentRules,
  getSalesTeams,
  routeLeads,
  setAssignmentRules,
  setOutOfOffice,
  setSalesTeams,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const routingRoutes: Route[] = [
  bind(contracts.getSalesTeams, (ctx, req) => getSalesTeams(ctx, req.params.id)),
  bind(contracts.setSalesTeams, (ctx, req) =>
    setSalesTeams(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.getAssignmentRules, (ctx, req) => getAssignmentRules(ctx, req.params.id)),
  bind(contracts.setAssignmentRules, (ctx, req) =>
    setAssignmentRules(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.dryRunAssignmentRules, (ctx, req) =>
    dryRunAssignmentRules(ctx, req.params.id, req.body),
  ),
  bind(contracts.routeLeads, (ctx, req) => routeLeads(ctx, req.body)),
  bind(contracts.setOutOfOffice, (ctx, req) => setOutOfOffice(ctx, req.body)),
];
