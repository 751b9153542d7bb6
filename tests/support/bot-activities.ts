import { randomUUID } from 'node:crypto';

/** Real-shaped Teams activities as Bot Framework posts them to /api/messages. */
export const BOT_ID = '28:channel-crm-bot';

export type TeamsUser = { tenantId: string; userId: string; name?: string };

const base = (serviceUrl: string, user: TeamsUser, conversationId: string) => ({
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl,
  timestamp: new Date().toISOString(),
  from: {
    id: `29:${user.userId}`,
    aadObjectId: user.userId,
    ...(user.name ? { name: user.name } : {}),
  },
  recipient: { id: BOT_ID, name: 'Channel CRM' },
  conversation: { id: conversationId, conversationType: 'personal', tenantId: user.tenantId },
  channelData: { tenant: { id: user.tenantId } },
});

/** The bot was added to a user's personal chat (Teams omits `from.name` here). */
export const personalInstall = (serviceUrl: string, user: TeamsUser, conversationId: string) => ({
  ...base(serviceUrl, { ...user, name: undefined }, conversationId),
  type: 'conversationUpdate',
  membersAdded: [{ id: BOT_ID }],
});

export const message = (
  serviceUrl: string,
  user: TeamsUser,
  conversationId: string,
  text: string,
) => ({ ...base(serviceUrl, user, conversationId), type: 'message', text });

/** An Action.Execute press (or, with verb `refresh`, Teams' automatic refresh). */
export const cardAction = (
  serviceUrl: string,
  user: TeamsUser,
  conversationId: string,
  verb: string,
  data: Record<string, unknown>,
) => {
  const activity = base(serviceUrl, user, conversationId);
  return {
    ...activity,
    // Teams sends the tenant only in channelData on invokes from some clients.
    conversation: { id: conversationId, conversationType: 'personal' },
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: {
      action: { type: 'Action.Execute', id: randomUUID(), verb, data },
      trigger: verb === 'refresh' ? 'automatic' : 'manual',
    },
  };
};

/** A message or update in a team's General channel (whose id is the team id), as Teams sends it. */
export const teamActivity = (
  serviceUrl: string,
  team: { tenantId: string; teamId: string; conversationId?: string },
  from: { id: string; aadObjectId: string },
  extra: Record<string, unknown>,
) => ({
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl,
  from,
  recipient: { id: BOT_ID, name: 'Channel CRM' },
  conversation: {
    id: team.conversationId ?? team.teamId,
    conversationType: 'channel',
    isGroup: true,
  },
  channelData: {
    tenant: { id: team.tenantId },
    team: { id: team.teamId, name: 'CRM France' },
    channel: { id: team.teamId },
  },
  ...extra,
});

/** A user as a team's roster lists them. */
export const rosterEntry = (u: { id: string; name: string; email: string }) => ({
  id: `29:${u.id}`,
  aadObjectId: u.id,
  name: u.name,
  email: u.email,
  userPrincipalName: u.email,
});

/** A chat of several people (Teams' group chat), for activities from a card posted there. */
export const groupChat = (user: TeamsUser, chatId: string) => ({
  conversation: {
    id: chatId,
    conversationType: 'groupChat',
    isGroup: true,
    tenantId: user.tenantId,
  },
});

/** The search message extension's query as Teams sends it (`initialRun` when opened empty). */
export const extensionQuery = (
  serviceUrl: string,
  user: TeamsUser,
  conversationId: string,
  query: { commandId: string; text?: string; skip?: number; count?: number },
) => ({
  ...base(serviceUrl, user, conversationId),
  type: 'invoke',
  name: 'composeExtension/query',
  value: {
    commandId: query.commandId,
    parameters:
      query.text === undefined
        ? [{ name: 'initialRun', value: 'true' }]
        : [{ name: 'searchText', value: query.text }],
    queryOptions: { skip: query.skip ?? 0, count: query.count ?? 25 },
  },
});

/** A link pasted in the compose box of a domain the app's `messageHandlers` name. */
export const linkPasted = (
  serviceUrl: string,
  user: TeamsUser,
  conversationId: string,
  url: string,
) => ({
  ...base(serviceUrl, user, conversationId),
  type: 'invoke',
  name: 'composeExtension/queryLink',
  value: { url },
});
