import type { NoteInput, TimelineEntry } from '../model/timeline';
import { nextVersion } from '../rules/changes';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { ownNote } from './own-note';

/** Rewrites one's own note; its version guards against a stale edit from another tab. */
export async function editNote(
  ctx: UseCaseContext,
  noteId: string,
  input: NoteInput,
  expectedVersion: number,
): Promise<Result<TimelineEntry>> {
  const note = await ownNote(ctx, noteId);
  if (!note.ok) return note;
  if (note.value.text === input.text) return note;
  return ctx.store.timeline.commit(nextVersion(ctx, { ...note.value, text: input.text }), {
    expectedVersion,
    commitId: ctx.commitId,
  });
}
