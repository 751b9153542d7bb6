import type { TimelineEntry } from '../model/timeline';
import { forbidden, notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { visibleRecord } from './visible-record';

/** A note the actor wrote, on a record they may still see. */
export async function ownNote(ctx: UseCaseContext, noteId: string): Promise<Result<TimelineEntry>> {
  const note = await ctx.store.timeline.get(ctx.actor.tenantId, noteId);
  if (!note || note.kind !== 'note' || note.deletedAt) return notFound('note', noteId);
  const record = await visibleRecord(ctx, note.recordType, note.recordId);
  if (!record.ok) return notFound('note', noteId);
  if (note.actorId !== ctx.actor.userId)
    return forbidden('You can change only your own notes', 'own_notes_only');
  return ok(note);
}
