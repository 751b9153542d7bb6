import { invalid } from '@channel-crm/domain/server';
import { cardInvokeOf } from './invoke';
import type { VerbRoute } from './route';

type VerbRouteSpec = Omit<VerbRoute, 'kind' | 'match'>;

/** A card verb's route: it takes the Action.Execute that carries its verb. */
export const verbRoute = (spec: VerbRouteSpec): VerbRoute => ({
  kind: 'cardVerb',
  match: (a) => cardInvokeOf(a)?.verb === spec.verb,
  ...spec,
});

/** A verb only deals have: pressed with a lead's data, it is refused and changes nothing. */
export const opportunityVerbRoute = (spec: VerbRouteSpec): VerbRoute =>
  verbRoute({
    ...spec,
    handle: async (turn) =>
      turn.action.recordType === 'opportunity'
        ? spec.handle(turn)
        : invalid([{ path: 'recordType', message: 'Only deals have stages' }]),
  });
