import type { MeetingDeals } from '../model/meeting';
import { notFound, ok, type Result } from '../result';
import type { MeetingDirectory } from '../store/meeting-ports';
import type { UseCaseContext } from './context';
import { listMeetingDeals } from './list-meeting-deals';

/**
 * The side panel of a meeting the actor is in: the meeting's title and the open deals of the
 * accounts its invitees are contacts of, as far as the actor may see them. A chat the
 * directory does not know, or whose members do not include the actor, is not found (its
 * existence is not told).
 */
export async function getMeetingDeals(
  ctx: UseCaseContext,
  directory: MeetingDirectory,
  chatId: string,
): Promise<Result<MeetingDeals>> {
  const roster = await directory.rosterOf(ctx.actor.tenantId, chatId);
  if (!roster || (roster.memberIds.length > 0 && !roster.memberIds.includes(ctx.actor.userId)))
    return notFound('meeting', chatId);
  const accounts = await listMeetingDeals(ctx, roster.inviteeEmails);
  if (!accounts.ok) return accounts;
  return ok({
    meeting: { chatId, ...(roster.title ? { title: roster.title } : {}) },
    inviteesPartial: roster.partial,
    accounts: accounts.value,
  });
}
