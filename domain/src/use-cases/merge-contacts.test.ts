import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { CreateContactInput } from '../model/contact';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import type { UseCaseContext } from './context';
import { addNote } from './add-note';
import { addRecordParticipant } from './add-participant';
import { checkDuplicates } from './check-duplicates';
import { createContact } from './create-contact';
import { createOpportunity } from './create-opportunity';
import { getContact } from './get-contact';
import { listContacts } from './list-contacts';
import { listTimeline } from './list-timeline';
import { MergeContactInput, mergeContacts } from './merge-contacts';
import { setRecordContact } from './set-record-contact';

const { w } = worldPerFile();
let anna: Actor;
let bert: Actor;

beforeAll(async () => {
  await w.pipeline(w.spaceA);
  await w.user('anna', [w.spaceA]);
  await w.user('bert', [w.spaceA]);
  anna = w.actor('anna', 'seller', [w.spaceA]);
  bert = w.actor('bert', 'seller', [w.spaceA]);
});

const contactOf = async (who: Actor, lastName: string, fields: Partial<CreateContactInput> = {}) =>
  value(
    await createContact(w.as(who), {
      lastName,
      champion: false,
      tags: [],
      global: false,
      spaceIds: [w.spaceA],
      ...fields,
    }),
  );

const notesOf = async (ctx: UseCaseContext, id: string) =>
  value(await listTimeline(ctx, 'contact', id, { limit: 50 }))
    .items.flatMap((entry) => (entry.kind === 'note' ? [entry.text] : []))
    .sort();

/** Two contacts of Anna's, the second named by a deal (contact), another deal and a lead (participant). */
async function duplicatePair() {
  const ctx = () => w.as(anna);
  const survivor = await contactOf(anna, 'Kowalski', { email: 'jan@kowalski.pl' });
  const merged = await contactOf(anna, 'Kowalsky', {
    firstName: 'Jan',
    email: 'jan.k@kowalski-bis.pl',
    phone: '+48 601 234 567',
    jobTitle: 'Buyer',
  });
  const deal = value(
    await createOpportunity(ctx(), {
      spaceId: w.spaceA,
      name: 'Fleet',
      tags: [],
      contactId: merged.id,
    }),
  );
  const other = value(
    await createOpportunity(ctx(), {
      spaceId: w.spaceA,
      name: 'Service',
      tags: [],
      contactId: survivor.id,
    }),
  );
  value(await addRecordParticipant(ctx(), 'opportunity', other.id, { contactId: merged.id }, 1));
  const lead = await w.lead(anna, w.spaceA, 'Lead of Jan');
  value(await setRecordContact(ctx(), 'lead', lead.id, { contactId: merged.id }, lead.version));
  value(await addNote(ctx(), 'contact', survivor.id, { text: 'First call' }));
  value(await addNote(ctx(), 'contact', merged.id, { text: 'Sent the offer' }));
  return { survivor, merged, deal, other, lead };
}

const stored = {
  deal: (id: string) => w.store.opportunities.get(w.tenantId, id),
  lead: (id: string) => w.store.leads.get(w.tenantId, id),
};

describe('merging two contacts', () => {
  it('keeps the chosen values and both histories, moves the deals and leads, redirects the old id', async () => {
    const { survivor, merged, deal, other, lead } = await duplicatePair();
    const ctx = () => w.as(anna);

    const result = value(
      await mergeContacts(
        ctx(),
        survivor.id,
        { mergedId: merged.id, values: { email: 'merged' } },
        survivor.version,
      ),
    );
    expect(result).toMatchObject({
      id: survivor.id,
      lastName: 'Kowalski',
      firstName: 'Jan',
      email: 'jan.k@kowalski-bis.pl',
      phone: '+48 601 234 567',
      jobTitle: 'Buyer',
    });
    expect(value(await getContact(ctx(), merged.id)).id).toBe(survivor.id);
    expect(await notesOf(ctx(), survivor.id)).toEqual(['First call', 'Sent the offer']);

    expect((await stored.deal(deal.id))?.contactId).toBe(survivor.id);
    const otherNow = await stored.deal(other.id);
    expect(otherNow).toMatchObject({ contactId: survivor.id, participantIds: [] });
    expect((await stored.lead(lead.id))?.contactId).toBe(survivor.id);

    const listed = value(await listContacts(ctx(), { spaceId: w.spaceA, limit: 100 }));
    expect(listed.items.map((c) => c.id)).toContain(survivor.id);
    expect(listed.items.map((c) => c.id)).not.toContain(merged.id);

    // The survivor carries the merged contact's e-mail key now, the tombstone none.
    const check = value(
      await checkDuplicates(ctx(), {
        type: 'contact',
        lastName: 'X',
        email: 'JAN.K@kowalski-bis.pl',
      }),
    );
    expect(check.matches.map((m) => m.id)).toEqual([survivor.id]);
    const tombstone = await w.store.contacts.get(w.tenantId, merged.id);
    expect(tombstone).toMatchObject({ mergedInto: survivor.id, lastName: 'merged' });
    expect(tombstone?.email).toBeUndefined();

    // The field history the timeline will show, waiting in the survivor's outbox.
    const pending = await w.store.outbox.forRecord(w.tenantId, survivor.id);
    const event = pending?.events.find((e) => e.type === 'contact.merged');
    expect(event?.changes).toContainEqual({
      field: 'email',
      old: 'jan@kowalski.pl',
      new: 'jan.k@kowalski-bis.pl',
    });
  });

  it('completes a merge interrupted after its first batch when run again', async () => {
    const { survivor, merged, deal, lead } = await duplicatePair();
    let batches = 0;
    const crashing: UseCaseContext = {
      ...w.as(anna),
      store: {
        ...w.store,
        commitBatch: (...args) => {
          batches += 1;
          if (batches > 1) throw new Error('the process died');
          return w.store.commitBatch(...args);
        },
      },
    };
    await expect(
      mergeContacts(crashing, survivor.id, { mergedId: merged.id, values: {} }),
    ).rejects.toThrow('the process died');
    expect((await stored.deal(deal.id))?.contactId).toBe(merged.id);

    value(await mergeContacts(w.as(anna), survivor.id, { mergedId: merged.id, values: {} }));
    expect((await stored.deal(deal.id))?.contactId).toBe(survivor.id);
    expect((await stored.lead(lead.id))?.contactId).toBe(survivor.id);
    value(await mergeContacts(w.as(anna), survivor.id, { mergedId: merged.id, values: {} }));
    expect(await notesOf(w.as(anna), survivor.id)).toEqual(['First call', 'Sent the offer']);
  });

  it("names the survivor when a stale screen still offers the merged contact's id", async () => {
    const { survivor, merged } = await duplicatePair();
    value(await mergeContacts(w.as(anna), survivor.id, { mergedId: merged.id, values: {} }));
    const deal = value(
      await createOpportunity(w.as(anna), {
        spaceId: w.spaceA,
        name: 'Late',
        tags: [],
        contactId: merged.id,
      }),
    );
    expect(deal.contactId).toBe(survivor.id);
    const lead = await w.lead(anna, w.spaceA, 'Late lead');
    const joined = value(
      await addRecordParticipant(w.as(anna), 'lead', lead.id, { contactId: merged.id }, 1),
    );
    expect(joined.participantIds).toEqual([survivor.id]);
  });

  it('refuses itself, a contact the user may not edit, and a stale version', async () => {
    const mine = await contactOf(anna, 'Self');
    const theirs = await contactOf(bert, 'Theirs');
    const self = await mergeContacts(w.as(anna), mine.id, { mergedId: mine.id, values: {} });
    expect(!self.ok && self.error.code).toBe('merge_same_record');
    const other = await mergeContacts(w.as(anna), mine.id, { mergedId: theirs.id, values: {} });
    expect(!other.ok && other.error.kind).toBe('forbidden');
    const twin = await contactOf(anna, 'Selfe');
    const late = await mergeContacts(
      w.as(anna),
      mine.id,
      { mergedId: twin.id, values: {} },
      mine.version + 1,
    );
    expect(!late.ok && late.error.kind).toBe('stale');
    expect((await w.store.contacts.get(w.tenantId, twin.id))?.mergedInto).toBeUndefined();
  });

  it('accepts only known fields and the two sides as choices', () => {
    const mergedId = randomUUID();
    expect(MergeContactInput.safeParse({ mergedId, values: { phone: 'merged' } }).success).toBe(
      true,
    );
    expect(MergeContactInput.safeParse({ mergedId, values: { phone: 'both' } }).success).toBe(
      false,
    );
    expect(MergeContactInput.safeParse({ mergedId, values: { ownerId: 'merged' } }).success).toBe(
      false,
    );
  });
});
