import type { MeetingTag } from '@channel-crm/domain';
import { getMeetingDeals, recordTimeline } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const meetingDealsKey = (chatId: string) => ['meeting', chatId, 'deals'] as const;

export const fetchMeetingDeals = (chatId: string, signal?: AbortSignal) =>
  call(getMeetingDeals, { params: { chatId }, signal });

/** A note on a deal, tagged with the meeting it was written in. */
export const addMeetingNote = (
  opportunityId: string,
  text: string,
  meeting: MeetingTag,
  idempotencyKey: string,
) =>
  call(recordTimeline.opportunity.addNote, {
    params: { id: opportunityId },
    body: { text, meeting },
    idempotencyKey,
  });
