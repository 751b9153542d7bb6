import { invalid } from '@channel-crm/domain/server';
import type { ActionVerb, LeadVerb, OpportunityVerb, RecordVerb } from '../cards/card-verbs';
import { cardInvokeOf } from './invoke';
import type { VerbRoute } from './route';

type Spec<Verb extends ActionVerb> = Omit<VerbRoute, 'kind' | 'match' | 'verb'> & { verb: Verb };

/** A card verb's route: it takes the Action.Execute that carries its verb. */
const cardVerbRoute = (spec: Spec<ActionVerb>): VerbRoute => ({
  kind: 'cardVerb',
  match: (a) => cardInvokeOf(a)?.verb === spec.verb,
  ...spec,
});

/** A verb of every record's card: it acts on a lead or a deal alike. */
export const recordVerbRoute = (spec: Spec<RecordVerb>): VerbRoute => cardVerbRoute(spec);

/** A verb only deals have: pressed with a lead's data, it is refused and changes nothing. */
export const opportunityVerbRoute = (spec: Spec<OpportunityVerb>): VerbRoute =>
  cardVerbRoute({
    ...spec,
    handle: async (turn) =>
      turn.action.recordType === 'opportunity'
        ? spec.handle(turn)
        : invalid([
            {
              path: 'recordType',
              message: 'Only deals have stages',
              code: 'field.opportunities_only_have_stages',
              params: {},
            },
          ]),
  });

/** A verb only leads have: pressed with a deal's data, it is refused and changes nothing. */
export const leadVerbRoute = (spec: Spec<LeadVerb>): VerbRoute =>
  cardVerbRoute({
    ...spec,
    handle: async (turn) =>
      turn.action.recordType === 'lead'
        ? spec.handle(turn)
        : invalid([
            {
              path: 'recordType',
              message: 'Only leads are claimed',
              code: 'field.invalid',
              params: {},
            },
          ]),
  });
