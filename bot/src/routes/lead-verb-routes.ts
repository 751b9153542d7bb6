import { claimLead } from '@channel-crm/domain/server';
import { LEAD_VERBS } from '../cards/card-verbs';
import type { VerbRoute } from './route';
import { leadVerbRoute } from './verb-route';

/** Claim a lead of the free pool from its card: the same use case as the API's claim. */
export const claimRoute = leadVerbRoute({
  name: 'card.claim',
  verb: LEAD_VERBS.claim,
  handle: ({ ctx, action: a }) => claimLead(ctx, a.recordId, a.version),
});

export const LEAD_VERB_ROUTES: VerbRoute[] = [claimRoute];
