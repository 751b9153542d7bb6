import { z } from 'zod';
import { ShortText } from './common';

/**
 * A Teams chat id (`19:meeting_…@thread.v2` for a meeting's chat): the thread id Teams gives
 * the tab (`chat.id`) and Graph's `/chats/{chatId}`.
 */
export const MeetingChatId = z
  .string()
  .max(200)
  .regex(/^19:[\w.=-]+@thread\.[a-z0-9]+$/, 'a Teams chat id such as 19:meeting_…@thread.v2');

/** The meeting a note was written in: its chat and its title when written. */
export const MeetingTag = z.object({ chatId: MeetingChatId, title: ShortText });
export type MeetingTag = z.infer<typeof MeetingTag>;
