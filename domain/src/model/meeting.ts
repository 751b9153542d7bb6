import { z } from 'zod';
import { MeetingChatId } from './meeting-tag';
import { OpportunityListItem } from './opportunity';

/** An account some meeting invitees are contacts of, with its open deals. */
export const MeetingAccountDeals = z.object({
  account: z.object({ id: z.uuid(), name: z.string() }),
  opportunities: z.array(OpportunityListItem),
});
export type MeetingAccountDeals = z.infer<typeof MeetingAccountDeals>;

/** What a meeting's side panel shows; the title is missing when the chat was not readable. */
export const MeetingDeals = z.object({
  meeting: z.object({ chatId: MeetingChatId, title: z.string().optional() }),
  /** Some invitees could not be read (a permission the tenant has not granted). */
  inviteesPartial: z.boolean(),
  accounts: z.array(MeetingAccountDeals),
});
export type MeetingDeals = z.infer<typeof MeetingDeals>;
