import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_VERBS, RECORD_VERBS, REFRESH_VERB } from '../cards/card-verbs';
import type { IncomingActivity } from './activity';
import { BOT_ROUTES } from './bot-routes';
import { moveStageRoute, closeRoute } from './opportunity-verb-routes';
import type { VerbTurn } from './route';
import { opportunityVerbRoute, recordVerbRoute } from './verb-route';

const pressed = (verb: string): IncomingActivity => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  serviceUrl: 'https://smba.example/',
  from: { id: '29:user', aadObjectId: 'user' },
  recipient: { id: '28:bot' },
  conversation: { id: 'a:chat', tenantId: 't' },
  value: { action: { type: 'Action.Execute', verb, data: {} } },
});

const routeFor = (activity: IncomingActivity) => BOT_ROUTES.find((r) => r.match(activity));

describe('the bot’s routes', () => {
  it('give every card verb its own route, named after it', () => {
    const verbs = { ...RECORD_VERBS, ...OPPORTUNITY_VERBS };
    for (const [name, verb] of Object.entries(verbs)) {
      expect(routeFor(pressed(verb))).toMatchObject({ kind: 'cardVerb', name: `card.${name}` });
    }
    expect(routeFor(pressed(REFRESH_VERB))?.name).toBe('card.refresh');
    expect(routeFor(pressed('record.archive'))?.name).toBe('card.unknownVerb');
  });

  it('have one name each', () => {
    const names = BOT_ROUTES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuse a deal-only verb pressed with a lead’s data, before its use case runs', async () => {
    const lead = {
      action: { recordType: 'lead', recordId: 'r', version: 1, actionId: 'a', inputs: {} },
    } as unknown as VerbTurn;
    for (const route of [moveStageRoute, closeRoute]) {
      const result = await route.handle(lead);
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
  });

  it('keep record verbs and deal-only verbs apart (a mix-up fails `tsc -b`)', () => {
    const handle = async () => ({ ok: true as const, value: undefined });
    const opportunityVerbForAll = recordVerbRoute({
      name: 'x',
      // @ts-expect-error: moving a stage is not a verb of every record
      verb: OPPORTUNITY_VERBS.moveStage,
      handle,
    });
    const allVerbForOpportunities = opportunityVerbRoute({
      name: 'y',
      // @ts-expect-error: a note is not a deal-only verb
      verb: RECORD_VERBS.addNote,
      handle,
    });
    expect([opportunityVerbForAll.kind, allVerbForOpportunities.kind]).toEqual([
      'cardVerb',
      'cardVerb',
    ]);
  });
});
