import type { IncomingActivity } from './activity';

/** Teams puts the tenant in `conversation.tenantId`, `channelData.tenant.id`, or both. */
export const tenantOf = (a: IncomingActivity): string | undefined =>
  a.conversation.tenantId || a.channelData?.tenant?.id || undefined;

/** The Entra object id of the sender (the CRM's user id); absent for some system events. */
export const userOf = (a: IncomingActivity): string | undefined => a.from.aadObjectId || undefined;

/** Channel conversation ids may carry `;messageid=…`: the thread is the part before it. */
export const threadOf = (conversationId: string) => conversationId.split(';')[0]!;

export type Scope = 'personal' | 'channel' | 'groupChat';

export const scopeOf = (a: IncomingActivity): Scope => {
  const type = a.conversation.conversationType;
  if (type === 'channel' || a.channelData?.channel?.id) return 'channel';
  if (type === 'groupChat' || a.conversation.isGroup) return 'groupChat';
  return 'personal';
};

/**
 * The command a user typed: mentions removed (a channel mention arrives as
 * `<at>Bot name</at>command\n`, without a space), whitespace collapsed.
 */
export const commandText = (a: IncomingActivity): string =>
  (a.text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const isCommand = (a: IncomingActivity, command: string) => {
  const text = commandText(a).toLowerCase();
  return text === command || text.startsWith(`${command} `);
};
