import { helpCard } from '../cards/help-card';
import type { IncomingActivity } from './activity';
import { forgetConversation, rememberConversation } from './conversation-refs';
import { respond } from './respond';
import type { OpenRoute } from './route';
import { recordRoster } from './space-roster';
import { scopeOf } from './teams';

const includesBot = (a: IncomingActivity, members: IncomingActivity['membersAdded']) =>
  (members ?? []).some((m) => m.id === a.recipient.id);

const isInstall = (a: IncomingActivity) =>
  (a.type === 'conversationUpdate' && includesBot(a, a.membersAdded)) ||
  (a.type === 'installationUpdate' && (a.action === 'add' || a.action === 'add-upgrade'));

const isUninstall = (a: IncomingActivity) =>
  (a.type === 'conversationUpdate' && includesBot(a, a.membersRemoved)) ||
  (a.type === 'installationUpdate' && (a.action === 'remove' || a.action === 'remove-upgrade'));

/** Installed in a personal chat, a team or a group chat: remember where to reach it. */
export const installRoute: OpenRoute = {
  kind: 'anyone',
  name: 'install',
  match: isInstall,
  async handle({ turn, services, t }) {
    await rememberConversation(turn.activity, services);
    const scope = scopeOf(turn.activity);
    if (scope === 'channel') {
      await recordRoster(turn.activity, services, { members: await turn.roster() });
    }
    if (scope === 'personal' && turn.activity.type === 'conversationUpdate') {
      await respond(turn, helpCard(t.welcome, t));
    }
  },
};

export const uninstallRoute: OpenRoute = {
  kind: 'anyone',
  name: 'uninstall',
  match: isUninstall,
  async handle({ turn, services }) {
    await forgetConversation(turn.activity, services);
  },
};
