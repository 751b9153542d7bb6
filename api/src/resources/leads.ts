import {
  anonymizeLead,
  archiveLead,
  claimLead,
  createLead,
  disqualifyLead,
  mergeLeads,
  getLead,
  listLeads,
  qualifyLead,
  unarchiveLead,
  updateLead,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const leadRoutes: Route[] = [
  bind(contracts.listLeads, (ctx, req) => listLeads(ctx, req.query)),
  bind(contracts.createLead, (ctx, req) => createLead(ctx, req.body)),
  bind(contracts.getLead, (ctx, req) => getLead(ctx, req.params.id)),
  bind(contracts.updateLead, (ctx, req) =>
    updateLead(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.qualifyLead, (ctx, req) =>
    qualifyLead(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.mergeLead, (ctx, req) =>
    mergeLeads(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.disqualifyLead, (ctx, req) =>
    disqualifyLead(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.archiveLead, (ctx, req) => archiveLead(ctx, req.params.id, req.expectedVersion)),
  bind(contracts.unarchiveLead, (ctx, req) =>
    unarchiveLead(ctx, req.params.id, req.expectedVersion),
  ),
  bind(contracts.claimLead, (ctx, req) => claimLead(ctx, req.params.id, req.expectedVersion)),
  bind(contracts.anonymizeLead, (ctx, req) =>
    anonymizeLead(ctx, req.params.id, req.expectedVersion),
  ),
];
