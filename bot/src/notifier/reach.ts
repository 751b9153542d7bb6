import type { CrmStore } from '@channel-crm/domain/server';
import type { Delivery } from './delivery';
import type { Installer } from './installer';
import type { ConversationRef, NotifierState } from './state';

/** Where a delivery goes when its recipient had no conversation, and what is sent there. */
export type Reached = { ref: ConversationRef; activity: Record<string, unknown> };

export type ReachDeps = {
  state: NotifierState;
  store: CrmStore;
  installer: Installer;
  /** The Bot Connector endpoint for chats opened through Graph (Teams' regional serviceUrl). */
  serviceUrl: string;
  botId: string;
  now?: () => string;
};

const xmlText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The card as a channel post that @mentions the recipient (Teams' mention entity). */
export function mentionActivity(
  activity: Record<string, unknown>,
  user: { id: string; name: string },
): Record<string, unknown> {
  const at = `<at>${xmlText(user.name)}</at>`;
  const summary = typeof activity.summary === 'string' ? ` ${xmlText(activity.summary)}` : '';
  return {
    ...activity,
    text: `${at}${summary}`,
    entities: [{ type: 'mention', text: at, mentioned: { id: user.id, name: user.name } }],
  };
}

/**
 * The sender's `reach` hook: installs the app for the recipient (their personal chat becomes
 * the conversation, remembered for next time); where the tenant forbids that, the card goes to
 * the record's space channel as an @mention of the recipient.
 */
export function createReach(deps: ReachDeps) {
  const { state, store } = deps;
  async function spaceChannel(delivery: Delivery) {
    const { tenantId, recordId } = delivery;
    const record =
      (await store.opportunities.get(tenantId, recordId)) ??
      (await store.leads.get(tenantId, recordId));
    const space = record && (await store.spaces.get(tenantId, record.spaceId));
    return space?.teamId ? state.conversations.forChannel(tenantId, space.teamId) : undefined;
  }

  return async (delivery: Delivery): Promise<Reached | undefined> => {
    const { tenantId, recipientId } = delivery;
    const outcome = await deps.installer.installForUser(tenantId, recipientId);
    if (outcome.kind === 'installed') {
      const ref: ConversationRef = {
        tenantId,
        userId: recipientId,
        serviceUrl: deps.serviceUrl,
        conversationId: outcome.chatId,
        botId: deps.botId,
        updatedAt: deps.now?.() ?? new Date().toISOString(),
      };
      await state.conversations.put(ref);
      return { ref, activity: delivery.activity };
    }
    if (outcome.kind === 'failed') throw new Error(`proactive install failed: ${outcome.reason}`);
    const channel = await spaceChannel(delivery);
    const user = await store.users.get(tenantId, recipientId);
    if (!channel || !user) return undefined;
    return {
      ref: channel,
      activity: mentionActivity(delivery.activity, { id: recipientId, name: user.name }),
    };
  };
}
