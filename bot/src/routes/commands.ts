import {
  listLeads,
  ListLeadsInput,
  listOpportunities,
  ListOpportunitiesInput,
} from '@channel-crm/domain/server';
import { attachment, type AdaptiveCard } from '../cards/adaptive';
import { cardText, type CardText } from '../cards/card-text';
import { helpCard } from '../cards/help-card';
import { recordListCard } from '../cards/record-list-card';
import type { BotServices } from '../bot-services';
import { contextFor, leadCardFor, opportunityCardFor, viewerLocale } from '../views/record-card';
import type { IncomingActivity, Turn } from './activity';
import { actingUser } from './acting-user';
import { unknownUserCard } from './card-action';
import { rememberConversation } from './conversation-refs';
import type { BotRoute } from './route';
import { commandText, isCommand, tenantOf, userOf } from './teams';

const MY_DEALS_LIMIT = 20;
const FIND_LIMIT = 5;

const reply = (turn: Turn, ...cards: AdaptiveCard[]) =>
  turn.send({
    type: 'message',
    ...(cards.length > 1 ? { attachmentLayout: 'carousel' } : {}),
    attachments: cards.map(attachment),
  });

/** A command from a user: remembers the chat, finds the actor, then runs in their language. */
const command = (
  name: string,
  match: (a: IncomingActivity) => boolean,
  run: (
    turn: Turn,
    services: BotServices,
    actor: NonNullable<Awaited<ReturnType<typeof actingUser>>>,
    t: CardText,
  ) => Promise<void>,
): BotRoute => ({
  name,
  match: (a) => a.type === 'message' && match(a),
  async handle(turn, services) {
    await rememberConversation(turn.activity, services);
    const actor = await actingUser(turn.activity, services);
    if (!actor) return void (await reply(turn, unknownUserCard(cardText(turn.activity.locale))));
    await run(turn, services, actor, cardText(await viewerLocale(services, actor)));
  },
});

export const myDealsRoute = command(
  'command.my-deals',
  (a) => isCommand(a, 'my deals'),
  async (turn, services, actor, t) => {
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
        t.yourOpenDeals,
        deals.map((d) => ({
          recordType: 'opportunity',
          id: d.id,
          title: d.name,
          detail: [
            d.amount ? `${(d.amount.amount / 100).toFixed(2)} ${d.amount.currency}` : undefined,
            d.expectedCloseDate ? t.closesOn(d.expectedCloseDate) : undefined,
          ]
            .filter(Boolean)
            .join(' · '),
        })),
        services.tab,
        t,
      ),
    );
  },
);

export const findRoute = command(
  'command.find',
  (a) => isCommand(a, 'find'),
  async (turn, services, actor, t) => {
    const text = commandText(turn.activity).slice('find'.length).trim().slice(0, 200);
    if (!text) return reply(turn, helpCard(t.findWhat, t));
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
      return reply(turn, recordListCard(t.nothingMatches(text), [], services.tab, t));
    await reply(turn, ...cards);
  },
);

/** The language of the user's profile, else the one their Teams client reports. */
async function textOf(activity: IncomingActivity, services: BotServices) {
  const tenantId = tenantOf(activity);
  const userId = userOf(activity);
  const user = tenantId && userId ? await services.store.users.get(tenantId, userId) : undefined;
  return cardText(user?.locale ?? activity.locale);
}

/** `help`, and the answer to anything the bot does not understand. */
export const helpRoute: BotRoute = {
  name: 'command.help',
  match: (a) => a.type === 'message',
  async handle(turn, services) {
    await rememberConversation(turn.activity, services);
    const t = await textOf(turn.activity, services);
    await reply(
      turn,
      helpCard(isCommand(turn.activity, 'help') ? undefined : t.didNotUnderstand, t),
    );
  },
};
