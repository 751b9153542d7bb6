import type { BotServices } from '../bot-services';
import type { ConversationRef } from '../notifier/state';
import type { IncomingActivity } from './activity';
import { scopeOf, tenantOf, threadOf, userOf } from './teams';

/** The ids a conversation is kept under: the user (personal) or the channel, team or chat. */
function keysOf(a: IncomingActivity): { userId?: string; channelIds: string[] } {
  if (scopeOf(a) === 'personal') return { userId: userOf(a), channelIds: [] };
  const ids = [a.channelData?.channel?.id, a.channelData?.team?.id, threadOf(a.conversation.id)];
  return { channelIds: [...new Set(ids.filter((id): id is string => Boolean(id)))] };
}

/** Stores where the bot can reach this user or channel later (proactive cards). */
export async function rememberConversation(a: IncomingActivity, services: BotServices) {
  const tenantId = tenantOf(a);
  if (!tenantId) return;
  const { userId, channelIds } = keysOf(a);
  const base: Omit<ConversationRef, 'userId' | 'channelId'> = {
    tenantId,
    serviceUrl: a.serviceUrl,
    conversationId: threadOf(a.conversation.id),
    botId: a.recipient.id,
    updatedAt: services.clock.now(),
  };
  if (userId) await services.state.conversations.put({ ...base, userId });
  for (const channelId of channelIds)
    await services.state.conversations.put({ ...base, channelId });
}

export async function forgetConversation(a: IncomingActivity, services: BotServices) {
  const tenantId = tenantOf(a);
  if (!tenantId) return;
  const { userId, channelIds } = keysOf(a);
  if (userId) await services.state.conversations.removeUser(tenantId, userId);
  for (const channelId of channelIds)
    await services.state.conversations.removeChannel(tenantId, channelId);
}
