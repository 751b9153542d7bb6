import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { dispatchRecord } from '../dispatch/dispatch-record';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { addNote } from './add-note';
import { closeOpportunity } from './close-opportunity';
import { createOpportunity } from './create-opportunity';
import { deleteNote } from './delete-note';
import { editNote } from './edit-note';
import { listTimeline } from './list-timeline';
import { updateOpportunity } from './update-opportunity';

const { w: world } = worldPerFile();
let anna: Actor;
let ben: Actor;
let outsider: Actor;

beforeAll(async () => {
  await world.pipeline(world.spaceA);
  anna = world.actor('anna', 'seller', [world.spaceA]);
  ben = world.actor('ben', 'seller', [world.spaceA]);
  outsider = world.actor('otto', 'seller', [world.spaceB]);
});

const newOpportunity = async () =>
  value(
    await createOpportunity(world.as(anna), {
      spaceId: world.spaceA,
      name: 'Timeline deal',
      amount: { amount: 5_000, currency: 'EUR' },
      tags: [],
    }),
  );

/** What the API does after each write: dispatch the record's outbox. */
const dispatch = async (recordId: string) => {
  const item = (await world.store.outbox.pending(1000)).find((i) => i.record.id === recordId);
  if (item) await dispatchRecord(world.store, item);
};

const timeline = async (recordId: string, actor = anna, limit = 50) =>
  value(await listTimeline(world.as(actor), 'opportunity', recordId, { limit }));

describe('notes', () => {
  it('adds a note on a deal one may see, even a won and locked one; followers are told', async () => {
    const opportunity = await newOpportunity();
    value(
      await closeOpportunity(
        world.as(anna),
        opportunity.id,
        { outcome: 'won', reason: 'Signed' },
        1,
      ),
    );
    const note = value(
      await addNote(world.as(ben), 'opportunity', opportunity.id, {
        text: 'Congrats, great work!',
      }),
    );
    expect(note).toMatchObject({ kind: 'note', actorId: 'ben', text: 'Congrats, great work!' });
    const pending = (await world.store.outbox.pending(1000)).find(
      (i) => i.record.id === opportunity.id,
    );
    expect(pending?.events.find((e) => e.type === 'note.added')?.data).toMatchObject({
      noteId: note.id,
    });
    const hidden = await addNote(world.as(outsider), 'opportunity', opportunity.id, { text: 'Hi' });
    expect(!hidden.ok && hidden.error.kind).toBe('not_found');
  });

  it('keeps the deal at its version, so a colleague editing with it is not refused', async () => {
    const opportunity = await newOpportunity();
    value(
      await addNote(world.as(ben), 'opportunity', opportunity.id, { text: 'Met them at the fair' }),
    );
    expect(
      (await world.store.opportunities.get(opportunity.tenantId, opportunity.id))?.version,
    ).toBe(1);
    const renamed = await updateOpportunity(world.as(anna), opportunity.id, { name: 'Renamed' }, 1);
    expect(renamed.ok).toBe(true);
  });

  it('writes one note and one announcement when the same request is sent twice', async () => {
    const opportunity = await newOpportunity();
    const request = { ...world.as(ben), commitId: 'double-click-1' };
    const first = value(
      await addNote(request, 'opportunity', opportunity.id, { text: 'Sent the deck' }),
    );
    const again = value(
      await addNote(request, 'opportunity', opportunity.id, { text: 'Sent the deck' }),
    );
    expect(again.id).toBe(first.id);
    await dispatch(opportunity.id);
    const notes = (await timeline(opportunity.id)).items.filter((e) => e.kind === 'note');
    expect(notes.map((n) => n.text)).toEqual(['Sent the deck']);
    const announcements = (await world.store.outbox.forRecord(opportunity.tenantId, opportunity.id))
      ?.events;
    expect(announcements).toEqual([]);
  });

  it('lets only the author edit or delete a note; a deleted note leaves the timeline', async () => {
    const opportunity = await newOpportunity();
    const note = value(
      await addNote(world.as(anna), 'opportunity', opportunity.id, { text: 'Call Tuesday' }),
    );
    const byOther = await editNote(world.as(ben), note.id, { text: 'Hijacked' }, 1);
    expect(!byOther.ok && byOther.error.kind).toBe('forbidden');
    const edited = value(await editNote(world.as(anna), note.id, { text: 'Call Wednesday' }, 1));
    expect(edited).toMatchObject({ text: 'Call Wednesday', version: 2 });
    const staleEdit = await editNote(world.as(anna), note.id, { text: 'Thursday' }, 1);
    expect(!staleEdit.ok && staleEdit.error.kind).toBe('stale');

    const deleteByOther = await deleteNote(world.as(ben), note.id, 2);
    expect(!deleteByOther.ok && deleteByOther.error.kind).toBe('forbidden');
    value(await deleteNote(world.as(anna), note.id, 2));
    expect((await timeline(opportunity.id)).items.filter((e) => e.kind === 'note')).toEqual([]);
    const again = await editNote(world.as(anna), note.id, { text: 'Back' }, 3);
    expect(!again.ok && again.error.kind).toBe('not_found');
  });
});

describe('the timeline', () => {
  it('shows notes and field history (who, when, old → new), newest first, paged', async () => {
    const opportunity = await newOpportunity();
    await dispatch(opportunity.id);
    value(
      await updateOpportunity(
        world.as(anna),
        opportunity.id,
        { name: 'Timeline deal XL', amount: { amount: 9_000, currency: 'EUR' } },
        1,
      ),
    );
    await dispatch(opportunity.id);
    value(
      await addNote(world.as(anna), 'opportunity', opportunity.id, { text: 'Bigger scope agreed' }),
    );
    await dispatch(opportunity.id);

    const all = await timeline(opportunity.id);
    expect(all.items.map((e) => e.eventType ?? e.kind)).toEqual([
      'note',
      'opportunity.updated',
      'opportunity.created',
    ]);
    expect(all.items[1]).toMatchObject({
      actorId: 'anna',
      changes: [
        { field: 'name', old: 'Timeline deal', new: 'Timeline deal XL' },
        {
          field: 'amount',
          old: { amount: 5_000, currency: 'EUR' },
          new: { amount: 9_000, currency: 'EUR' },
        },
      ],
    });
    const times = all.items.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);

    const first = await timeline(opportunity.id, anna, 2);
    expect(first.items).toHaveLength(2);
    const rest = value(
      await listTimeline(world.as(anna), 'opportunity', opportunity.id, {
        limit: 2,
        continuation: first.continuation,
      }),
    );
    expect([...first.items, ...rest.items].map((e) => e.id)).toEqual(all.items.map((e) => e.id));
  });

  it('is hidden with its record', async () => {
    const opportunity = await newOpportunity();
    const hidden = await listTimeline(world.as(outsider), 'opportunity', opportunity.id, {
      limit: 10,
    });
    expect(!hidden.ok && hidden.error.kind).toBe('not_found');
  });
});
