import type { TimelineEntry } from '../model/timeline';
import { domainEvent } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import type { CrmRecord } from '../store/ports';
import type { UseCaseContext } from './context';

const EXCERPT = 280;

/**
 * Puts `note.added` in the record's outbox so followers are told. An outbox append is an
 * internal write: the record's version stays, so a colleague's next edit is not refused. The
 * event id derives from the note, so announcing it again adds nothing.
 */
export async function announceNote(
  ctx: UseCaseContext,
  record: CrmRecord,
  note: TimelineEntry,
): Promise<void> {
  const event = {
    ...domainEvent(ctx, record, 'note.added', {
      data: { noteId: note.id, excerpt: (note.text ?? '').slice(0, EXCERPT) },
    }),
    id: derivedId(note.id, 'note.added'),
  };
  await ctx.store.outbox.append(ctx.actor.tenantId, record.id, [event]);
}
