import { listOpportunities, ListOpportunitiesInput } from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { helpCard } from '../cards/help-card';
import { recordListCard } from '../cards/record-list-card';
import { myDayCardFor } from '../views/my-day';
import { contextFor } from '../views/record-card';
import { searchRecords } from '../views/record-search';
import { foundRecordCard } from '../views/search-result';
import type { IncomingActivity, Turn } from './activity';
import type { OpenRoute, UserRoute } from './route';
import { commandText, isCommand } from './teams';

const MY_OPPORTUNITIES_LIMIT = 20;
const FIND_LIMIT = 5;

const reply = (turn: Turn, ...cards: AdaptiveCard[]) =>
  turn.send({
    type: 'message',
    ...(cards.length > 1 ? { attachmentLayout: 'carousel' } : {}),
    attachments: cards.map(attachment),
  });

const typed = (a: IncomingActivity, command: string) =>
  a.type === 'message' && isCommand(a, command);

export const myOpportunitiesRoute: UserRoute = {
  kind: 'crmUser',
  name: 'command.my-deals',
  match: (a) => typed(a, 'my deals'),
  async handle({ turn, services, actor, t }) {
    const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
    const input = ListOpportunitiesInput.parse({
      ownerId: actor.userId,
      status: 'open',
      sort: 'expectedCloseDate',
      limit: MY_OPPORTUNITIES_LIMIT,
    });
    const page = await listOpportunities(ctx, input);
    const opportunities = page.ok ? page.value.items : [];
    await reply(
      turn,
      recordListCard(
        t.yourOpenOpportunities,
        opportunities.map((d) => ({
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
};

/** `my day`: the user's overdue and today's tasks, each with Complete. */
export const myDayRoute: UserRoute = {
  kind: 'crmUser',
  name: 'command.my-day',
  match: (a) => typed(a, 'my day'),
  async handle({ turn, services, actor, t }) {
    await reply(turn, await myDayCardFor(services, actor, t));
  },
};

/** `find <text>`: the leads, deals, contacts and accounts the user may see that match. */
export const findRoute: UserRoute = {
  kind: 'crmUser',
  name: 'command.find',
  match: (a) => typed(a, 'find'),
  async handle({ turn, services, actor, t }) {
    const text = commandText(turn.activity).slice('find'.length).trim().slice(0, 200);
    if (!text) return reply(turn, helpCard(t.findWhat, t));
    const found = await searchRecords(services, actor, { text, skip: 0, count: FIND_LIMIT });
    if (found.length === 0)
      return reply(turn, recordListCard(t.nothingMatches(text), [], services.tab, t));
    await reply(
      turn,
      ...(await Promise.all(found.map((f) => foundRecordCard(services, actor, f, t)))),
    );
  },
};

/** `help`, and the answer to anything the bot does not understand. */
export const helpRoute: OpenRoute = {
  kind: 'anyone',
  name: 'command.help',
  match: (a) => a.type === 'message',
  async handle({ turn, t }) {
    await reply(
      turn,
      helpCard(isCommand(turn.activity, 'help') ? undefined : t.didNotUnderstand, t),
    );
  },
};
