import {
  closeOpportunity,
  copyOpportunity,
  createOpportunity,
  deleteOpportunity,
  getOpportunity,
  linkOpportunityAccount,
  listOpportunities,
  moveOpportunityStage,
  moveOpportunityToSpace,
  setOpportunityPrimaryAccount,
  unlinkOpportunityAccount,
  unlockOpportunity,
  updateOpportunity,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const opportunityRoutes: Route[] = [
  bind(contracts.listOpportunities, (ctx, req) => listOpportunities(ctx, req.query)),
  bind(contracts.createOpportunity, (ctx, req) => createOpportunity(ctx, req.body)),
  bind(contracts.getOpportunity, (ctx, req) => getOpportunity(ctx, req.params.id)),
  bind(contracts.updateOpportunity, (ctx, req) =>
    updateOpportunity(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.deleteOpportunity, (ctx, req) =>
    deleteOpportunity(ctx, req.params.id, req.expectedVersion),
  ),
  bind(contracts.moveOpportunityStage, (ctx, req) =>
    moveOpportunityStage(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.markOpportunityWon, (ctx, req) =>
    closeOpportunity(ctx, req.params.id, { ...req.body, outcome: 'won' }, req.expectedVersion),
  ),
  bind(contracts.markOpportunityLost, (ctx, req) =>
    closeOpportunity(ctx, req.params.id, { ...req.body, outcome: 'lost' }, req.expectedVersion),
  ),
  bind(contracts.unlockOpportunity, (ctx, req) =>
    unlockOpportunity(ctx, req.params.id, req.expectedVersion),
  ),
  bind(contracts.copyOpportunity, (ctx, req) => copyOpportunity(ctx, req.params.id, req.body)),
  bind(contracts.moveOpportunityToSpace, (ctx, req) =>
    moveOpportunityToSpace(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.linkOpportunityAccount, (ctx, req) =>
    linkOpportunityAccount(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.unlinkOpportunityAccount, (ctx, req) =>
    unlinkOpportunityAccount(
      ctx,
      req.params.id,
      { accountId: req.params.accountId },
      req.expectedVersion,
    ),
  ),
  bind(contracts.setOpportunityPrimaryAccount, (ctx, req) =>
    setOpportunityPrimaryAccount(ctx, req.params.id, req.body, req.expectedVersion),
  ),
];
