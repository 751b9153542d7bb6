import {
  listLeads,
  ListLeadsInput,
  listOpportunities,
  ListOpportunitiesInput,
} from '@channel-crm/domain/server';
import { attachment, type AdaptiveCard } from '../cards/adaptive';
import { helpCard } from '../cards/help-card';
import { recordListCard } from '../cards/record-list-card';
import type { BotServices } from '../bot-services';
import { contextFor, leadCardFor, opportunityCardFor } from '../views/record-card';
import type { IncomingActivity, Turn } from './activity';
import { actingUser } from './acting-user';
import { UNKNOWN_USER_CARD } from './card-action';
import { rememberConversation } from './conversation-refs';
import type { BotRoute } from './route';
import { commandText, isCommand } from './teams';

const MY_DEALS_LIMIT = 20;
const FIND_LIMIT = 5;

const reply = (turn: Turn, ...cards: AdaptiveCard[]) =>
  turn.send({
    type: 'message',
    ...(cards.length > 1 ? { attachmentLayout: 'carousel' } : {}),
    attachments: cards.map(attachment),
  });

/** A command from a user: remembers the chat, finds the actor, then runs. */
const command = (
  name: string,
  match: (a: IncomingActivity) => boolean,
  run: (
    turn: Turn,
    services: BotServices,
    actor: NonNullable<Awaited<ReturnType<typeof actingUser>>>,
  ) => Promise<void>,
): BotRoute => ({
  name,
  match: (a) => a.type === 'message' && match(a),
  async handle(turn, services) {
    await rememberConversation(turn.activity, services);
    const actor = await actingUser(turn.activity, services);
    if (!actor) return void (await reply(turn, UNKNOWN_USER_CARD));
    await run(turn, services, actor);
  },
});

export const myDealsRoute = command(
  'command.my-deals',
  (a) => isCommand(a, 'my deals'),
  async (turn, services, actor) => {
    const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
    const input = ListOpportunitiesInput.parse({
      ownerId: actor.userId,
      status: 'open',
      sort: 'expectedCloseDate',
      limit: MY_DEALS_LIMIT,
    });
    const page = await listOpportunities(ctx, input);
    const deals = page.ok ? page.value.items : [];
    await reply(
      turn,
      recordListCard(
        'Your open deals',
        deals.map((d) => ({
          recordType: 'opportunity',
          id: d.id,
          title: d.name,
          detail: [
            d.amount ? `${(d.amount.amount / 100).toFixed(2)} ${d.amount.currency}` : undefined,
            d.expectedCloseDate ? `closes ${d.expectedCloseDate}` : undefined,
          ]
            .filter(Boolean)
            .join(' · '),
        })),
        services.tab,
      ),
    );
  },
);

export const findRoute = command(
  'command.find',
  (a) => isCommand(a, 'find'),
  async (turn, services, actor) => {
    const text = commandText(turn.activity).slice('find'.length).trim().slice(0, 200);
    if (!text) return reply(turn, helpCard('Tell me what to look for, e.g. **find** acme.'));
    const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
    const [deals, leads] = await Promise.all([
      listOpportunities(ctx, ListOpportunitiesInput.parse({ text, limit: FIND_LIMIT })),
      listLeads(ctx, ListLeadsInput.parse({ text, limit: FIND_LIMIT })),
    ]);
    const cards = [
      ...(deals.ok
        ? await Promise.all(
            deals.value.items.map((d) => opportunityCardFor(services, actor, d, {})),
          )
        : []),
      ...(leads.ok
        ? await Promise.all(leads.value.items.map((l) => leadCardFor(services, actor, l, {})))
        : []),
    ].slice(0, FIND_LIMIT);
    if (cards.length === 0)
      return reply(turn, recordListCard(`Nothing matches “${text}”`, [], services.tab));
    await reply(turn, ...cards);
  },
);

/** `help`, and the answer to anything the bot does not understand. */
export const helpRoute: BotRoute = {
  name: 'command.help',
  match: (a) => a.type === 'message',
  async handle(turn, services) {
    await rememberConversation(turn.activity, services);
    await reply(
      turn,
      helpCard(isCommand(turn.activity, 'help') ? undefined : 'I did not understand that.'),
    );
  },
};
