import type { NoteInput, RecordType, TimelineEntry } from '../model/timeline';
import { creationMeta } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import type { Result } from '../result';
import { announceNote } from './announce-note';
import type { UseCaseContext } from './context';
import { visibleRecord } from './visible-record';

/**
 * A note on the timeline of a record the actor may see — a won and locked deal too. Its
 * followers are told (note.added); the record's version does not change.
 */
export async function addNote(
  ctx: UseCaseContext,
  recordType: RecordType,
  recordId: string,
  input: NoteInput,
): Promise<Result<TimelineEntry>> {
  const record = await visibleRecord(ctx, recordType, recordId);
  if (!record.ok) return record;
  // Derived from the request, so a retried or double-clicked "add note" writes one note.
  const meta = creationMeta(ctx, derivedId(ctx.commitId, 'note'));
  const note = await ctx.store.timeline.commit(
    {
      ...meta,
      type: 'timeline',
      recordType,
      recordId,
      kind: 'note',
      at: meta.createdAt,
      actorId: ctx.actor.userId,
      text: input.text,
      ...(input.meeting ? { meeting: input.meeting } : {}),
      changes: [],
    },
    { expectedVersion: 0, commitId: ctx.commitId },
  );
  if (!note.ok) return note;
  await announceNote(ctx, record.value, note.value);
  return note;
}
