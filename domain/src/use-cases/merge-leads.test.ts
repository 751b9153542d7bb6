import { describe, expect, it } from 'vitest';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { addNote } from './add-note';
import { getLead } from './get-lead';
import { listTimeline } from './list-timeline';
import { mergeLeads } from './merge-leads';
import { checkDuplicates } from './check-duplicates';

const { w } = worldPerFile();

const notesOf = async (ctx: Parameters<typeof listTimeline>[0], id: string) =>
  value(await listTimeline(ctx, 'lead', id, { limit: 50 }))
    .items.flatMap((entry) => (entry.kind === 'note' ? [entry.text] : []))
    .sort();

describe('merging two leads', () => {
  it('keeps the chosen values and both histories, and the old id opens the survivor', async () => {
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const ctx = () => w.as(anna);
    const survivor = await w.lead(anna, w.spaceA, 'Kowalski', { email: 'jan@kowalski.pl' });
    const merged = await w.lead(anna, w.spaceA, 'Kowalsky', {
      firstName: 'Jan',
      email: 'jan.k@kowalski-bis.pl',
      phone: '+48 601 234 567',
    });
    value(await addNote(ctx(), 'lead', survivor.id, { text: 'First call' }));
    value(await addNote(ctx(), 'lead', merged.id, { text: 'Sent the offer' }));

    const result = value(
      await mergeLeads(ctx(), survivor.id, {
        mergedId: merged.id,
        values: { email: 'merged' },
      }),
    );
    expect(result).toMatchObject({
      id: survivor.id,
      lastName: 'Kowalski',
      firstName: 'Jan',
      email: 'jan.k@kowalski-bis.pl',
      phone: '+48 601 234 567',
    });
    expect(value(await getLead(ctx(), merged.id)).id).toBe(survivor.id);
    expect(await notesOf(ctx(), survivor.id)).toEqual(['First call', 'Sent the offer']);
    expect(await notesOf(ctx(), merged.id)).toEqual(['First call', 'Sent the offer']);

    // The survivor now carries the merged lead's e-mail key, the tombstone none.
    const check = value(
      await checkDuplicates(ctx(), { type: 'lead', lastName: 'X', email: 'JAN.K@kowalski-bis.pl' }),
    );
    expect(check.matches.map((m) => m.id)).toEqual([survivor.id]);

    // Run again (an interrupted merge resumed): nothing doubles.
    value(await mergeLeads(ctx(), survivor.id, { mergedId: merged.id, values: {} }));
    expect(await notesOf(ctx(), survivor.id)).toEqual(['First call', 'Sent the offer']);
  });

  it('refuses merging a lead into itself and a lead the user may not edit', async () => {
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const bert = w.actor('bert', 'seller', [w.spaceA]);
    const mine = await w.lead(anna, w.spaceA, 'Self');
    const theirs = await w.lead(bert, w.spaceA, 'Theirs');
    const self = await mergeLeads(w.as(anna), mine.id, { mergedId: mine.id, values: {} });
    expect(!self.ok && self.error.code).toBe('merge_same_record');
    const other = await mergeLeads(w.as(anna), mine.id, { mergedId: theirs.id, values: {} });
    expect(!other.ok && other.error.kind).toBe('forbidden');
  });
});
