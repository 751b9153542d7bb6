import {
  closeOpportunity,
  CloseOpportunityInput,
  moveOpportunityStage,
  MoveStageInput,
} from '@channel-crm/domain/server';
import { OPPORTUNITY_VERBS } from '../cards/card-verbs';
import { refuseInputs } from './card-action-data';
import type { VerbRoute } from './route';
import { opportunityVerbRoute } from './verb-route';

/* The verbs only a deal's card offers, with the same use cases as the API routes. */

export const moveStageRoute = opportunityVerbRoute({
  name: 'card.moveStage',
  verb: OPPORTUNITY_VERBS.moveStage,
  async handle({ ctx, action }) {
    const input = MoveStageInput.safeParse(action.inputs);
    if (!input.success) return refuseInputs(input.error);
    return moveOpportunityStage(ctx, action.recordId, input.data, action.version);
  },
});

export const closeRoute = opportunityVerbRoute({
  name: 'card.close',
  verb: OPPORTUNITY_VERBS.close,
  async handle({ ctx, action }) {
    const { outcome, reason } = action.inputs;
    const input = CloseOpportunityInput.safeParse({
      outcome,
      ...(typeof reason === 'string' && reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (!input.success) return refuseInputs(input.error);
    return closeOpportunity(ctx, action.recordId, input.data, action.version);
  },
});

export const OPPORTUNITY_VERB_ROUTES: VerbRoute[] = [moveStageRoute, closeRoute];
