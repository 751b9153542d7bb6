import type { TimelineEntry } from '../model/timeline';
import { nextVersion } from '../rules/changes';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { ownNote } from './own-note';

/** Deletes one's own note: its text is erased and it leaves the timeline. */
export async function deleteNote(
  ctx: UseCaseContext,
  noteId: string,
  expectedVersion: number,
): Promise<Result<TimelineEntry>> {
  const note = await ownNote(ctx, noteId);
  if (!note.ok) return note;
  return ctx.store.timeline.commit(
    nextVersion(ctx, { ...note.value, text: undefined, deletedAt: ctx.clock.now() }),
    { expectedVersion, commitId: ctx.commitId },
  );
}
