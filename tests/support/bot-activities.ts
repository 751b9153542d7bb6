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
