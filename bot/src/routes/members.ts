import type { IncomingActivity } from './activity';
import type { OpenRoute } from './route';
import { recordRoster } from './space-roster';
import { scopeOf } from './teams';

const others = (a: IncomingActivity, members: IncomingActivity['membersAdded']) =>
  (members ?? []).filter((m) => m.id !== a.recipient.id);

const teamUpdate = (a: IncomingActivity) =>
  a.type === 'conversationUpdate' && scopeOf(a) === 'channel';

/** People who joined the team become members of its spaces (`from.name` is often absent). */
export const membersAddedRoute: OpenRoute = {
  kind: 'anyone',
  name: 'members.added',
  match: (a) => teamUpdate(a) && others(a, a.membersAdded).length > 0,
  async handle({ turn, services }) {
    const joined = await Promise.all(
      others(turn.activity, turn.activity.membersAdded).map(async (m) => ({
        ...m,
        ...(await turn.member(m.id)),
      })),
    );
    await recordRoster(turn.activity, services, { added: joined });
  },
};

export const membersRemovedRoute: OpenRoute = {
  kind: 'anyone',
  name: 'members.removed',
  match: (a) => teamUpdate(a) && others(a, a.membersRemoved).length > 0,
  async handle({ turn, services }) {
    const left = others(turn.activity, turn.activity.membersRemoved).flatMap((m) =>
      m.aadObjectId ? [m.aadObjectId] : [],
    );
    await recordRoster(turn.activity, services, { removed: left });
  },
};
