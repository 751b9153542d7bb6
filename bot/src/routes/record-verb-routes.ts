import {
  addNote,
  followRecord,
  NoteInput,
  setRecordMuted,
  unfollowRecord,
} from '@channel-crm/domain/server';
import { RECORD_VERBS } from '../cards/card-verbs';
import { refuseInputs } from './card-action-data';
import type { VerbRoute } from './route';
import { recordVerbRoute } from './verb-route';

/*
 * The verbs of every record card, leads and deals alike. Each calls the same use case as the
 * API route, so the same permissions decide.
 */

export const addNoteRoute = recordVerbRoute({
  name: 'card.addNote',
  verb: RECORD_VERBS.addNote,
  async handle({ ctx, action }) {
    const input = NoteInput.safeParse({ text: action.inputs.note });
    if (!input.success) return refuseInputs(input.error);
    return addNote(ctx, action.recordType, action.recordId, input.data);
  },
  notice: (t) => t.noteAddedNotice,
});

export const followRoute = recordVerbRoute({
  name: 'card.follow',
  verb: RECORD_VERBS.follow,
  handle: ({ ctx, action: a }) => followRecord(ctx, a.recordType, a.recordId, a.version),
});

export const unfollowRoute = recordVerbRoute({
  name: 'card.unfollow',
  verb: RECORD_VERBS.unfollow,
  handle: ({ ctx, action: a }) => unfollowRecord(ctx, a.recordType, a.recordId, a.version),
});

export const muteRoute = recordVerbRoute({
  name: 'card.mute',
  verb: RECORD_VERBS.mute,
  handle: ({ ctx, action: a, services }) =>
    setRecordMuted(
      { ...ctx, notifications: services.notifications },
      a.recordType,
      a.recordId,
      true,
    ),
});

export const unmuteRoute = recordVerbRoute({
  name: 'card.unmute',
  verb: RECORD_VERBS.unmute,
  handle: ({ ctx, action: a, services }) =>
    setRecordMuted(
      { ...ctx, notifications: services.notifications },
      a.recordType,
      a.recordId,
      false,
    ),
  notice: (t) => t.unmutedNotice,
});

export const RECORD_VERB_ROUTES: VerbRoute[] = [
  addNoteRoute,
  followRoute,
  unfollowRoute,
  muteRoute,
  unmuteRoute,
];
