import { describe, expect, it } from 'vitest';
import { cardText } from '../cards/card-text';
import type { BotServices } from '../bot-services';
import type { IncomingActivity, OutgoingActivity, Turn } from './activity';
import { BOT_ROUTES } from './bot-routes';
import { routeActivity } from './router';

const activity = (over: Partial<IncomingActivity>): IncomingActivity => ({
  type: 'message',
  serviceUrl: 'https://smba.example/',
  from: { id: '29:user', aadObjectId: 'user' },
  recipient: { id: '28:bot' },
  conversation: { id: 'a:chat', tenantId: 't' },
  ...over,
});

const press = (verb: string) =>
  activity({
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { verb, data: { recordType: 'opportunity', recordId: 'r', version: 1 } } },
  });

/** A turn of someone the CRM does not know; the services are never reached for them. */
function strangerTurn(a: IncomingActivity, locale: string) {
  const sent: OutgoingActivity[] = [];
  const turn: Turn = {
    activity: a,
    send: async (reply) => void sent.push(reply),
    roster: async () => [],
    member: async () => undefined,
  };
  const context = { turn, services: {} as BotServices, actor: undefined, t: cardText(locale) };
  return { sent, route: () => routeActivity(BOT_ROUTES, context) };
}

describe('routing', () => {
  it('tells someone the CRM does not know so, in their language, and runs no verb', async () => {
    for (const verb of ['opportunity.moveStage', 'record.follow', 'refresh', 'record.archive']) {
      const { route } = strangerTurn(press(verb), 'de-DE');
      const answer = JSON.stringify(await route());
      expect(answer).toContain('Nicht verfügbar');
    }
    const { sent, route } = strangerTurn(activity({ text: 'my deals' }), 'en');
    expect(await route()).toBeUndefined();
    expect(JSON.stringify(sent)).toContain('You are not a user of this CRM yet');
  });

  it('answers an invoke nobody handles with 501, and ignores other activities', async () => {
    expect(
      await strangerTurn(activity({ type: 'invoke', name: 'task/fetch' }), 'en').route(),
    ).toEqual({ status: 501 });
    expect(await strangerTurn(activity({ type: 'typing' }), 'en').route()).toBeUndefined();
  });
});
