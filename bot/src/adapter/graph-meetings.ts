import type { MeetingDirectory, MeetingRoster } from '@channel-crm/domain/server';
import { GRAPH_URL } from './graph-installer';

export type GraphMeetingDirectoryOptions = {
  /** An app-only Graph token for the tenant. */
  token(tenantId: string): Promise<string>;
  graphUrl?: string;
  timeoutMs?: number;
};

/** A Graph answer; status 0 when Graph could not be reached in time. */
type Answer = { status: number; json: Record<string, unknown> };

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined;
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map(record) : [];

/** An online meeting's participants as Graph gives them: the organizer and the attendees. */
function participantEmails(meeting: Record<string, unknown>): string[] {
  const participants = record(meeting.participants);
  return [record(participants.organizer), ...list(participants.attendees)].flatMap((p) => {
    const upn = text(p.upn);
    return upn?.includes('@') ? [upn] : [];
  });
}

/**
 * A meeting's roster from Microsoft Graph with the app's own token:
 * - `GET /chats/{chatId}` (RSC `ChatSettings.Read.Chat`): the topic and `onlineMeetingInfo`;
 * - `GET /chats/{chatId}/members` (RSC `ChatMember.Read.Chat`): the members with their
 *   `email`, guests included;
 * - `GET /users/{organizerId}/onlineMeetings?$filter=JoinWebUrl eq '…'` (application
 *   `OnlineMeetings.Read.All` and an application access policy): the invitees who never joined
 *   the chat, external ones included.
 * A call Graph refuses (403, an RSC or a permission not granted) or cannot answer leaves its
 * part out and marks the roster partial; only a chat Graph does not know (404) is no meeting.
 */
export function createGraphMeetingDirectory(
  options: GraphMeetingDirectoryOptions,
): MeetingDirectory {
  const base = (options.graphUrl ?? GRAPH_URL).replace(/\/+$/, '');

  async function get(tenantId: string, path: string): Promise<Answer> {
    try {
      const res = await fetch(`${base}${path}`, {
        headers: { authorization: `Bearer ${await options.token(tenantId)}` },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const body = await res.text();
      return { status: res.status, json: res.ok && body ? record(JSON.parse(body)) : {} };
    } catch (error) {
      console.error(`Graph GET ${path} failed:`, error);
      return { status: 0, json: {} };
    }
  }

  async function invitedEmails(tenantId: string, chat: Record<string, unknown>) {
    const info = record(chat.onlineMeetingInfo);
    const joinWebUrl = text(info.joinWebUrl);
    const organizerId = text(record(info.organizer).id);
    if (!joinWebUrl || !organizerId) return { emails: [], read: true };
    const filter = encodeURIComponent(`JoinWebUrl eq '${joinWebUrl.replaceAll("'", "''")}'`);
    const found = await get(
      tenantId,
      `/users/${encodeURIComponent(organizerId)}/onlineMeetings?$filter=${filter}`,
    );
    if (found.status !== 200) return { emails: [], read: false };
    return { emails: list(found.json.value).flatMap(participantEmails), read: true };
  }

  return {
    async rosterOf(tenantId, chatId): Promise<MeetingRoster | undefined> {
      const path = `/chats/${encodeURIComponent(chatId)}`;
      const [chat, members] = await Promise.all([
        get(tenantId, path),
        get(tenantId, `${path}/members`),
      ]);
      if (chat.status === 404 || members.status === 404) return undefined;
      const memberList = members.status === 200 ? list(members.json.value) : [];
      const invited =
        chat.status === 200 ? await invitedEmails(tenantId, chat.json) : { emails: [], read: true };
      const title = chat.status === 200 ? text(chat.json.topic)?.trim().slice(0, 200) : undefined;
      const emails = [...memberList.map((m) => text(m.email)), ...invited.emails].filter(
        (e): e is string => e !== undefined,
      );
      return {
        ...(title ? { title } : {}),
        memberIds: memberList.flatMap((m) => text(m.userId) ?? []),
        inviteeEmails: [...new Set(emails.map((e) => e.toLowerCase()))],
        partial: chat.status !== 200 || members.status !== 200 || !invited.read,
      };
    },
  };
}
