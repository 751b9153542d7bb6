import { MeetingDeals } from '../model/meeting';
import { MeetingChatId } from '../model/meeting-tag';
import { contract } from './contract';

const tag = 'meetings';

export const getMeetingDeals = contract({
  name: 'getMeetingDeals',
  roundTrips: 14,
  method: 'GET',
  path: '/meetings/{chatId}/deals',
  summary:
    "A meeting's side panel: the open deals of the accounts its invitees are contacts of (Graph finds the invitees)",
  tag,
  params: { chatId: MeetingChatId },
  response: MeetingDeals,
});
