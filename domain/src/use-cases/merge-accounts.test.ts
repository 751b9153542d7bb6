import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { CreateAccountInput } from '../model/account';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import type { UseCaseContext } from './context';
import { addNote } from './add-note';
import { createAccount } from './create-account';
import { createContact } from './create-contact';
import { createOpportunity } from './create-opportunity';
import { getAccount } from './get-account';
import { linkOpportunityAccount } from './link-account';
import { listAccounts } from './list-accounts';
import { listContacts } from './list-contacts';
import { listTimeline } from './list-timeline';
import { MergeAccountInput, mergeAccounts } from './merge-accounts';

const { w } = worldPerFile();
let anna: Actor;
let admin: Actor;

beforeAll(async () => {
  await w.pipeline(w.spaceA);
  await w.user('anna', [w.spaceA]);
  anna = w.actor('anna', 'seller', [w.spaceA]);
  admin = w.actor('admin', 'admin', [w.spaceA, w.spaceB]);
});

const accountOf = async (who: Actor, name: string, fields: Partial<CreateAccountInput> = {}) =>
  value(
    await createAccount(w.as(who), {
      name,
      kind: 'other',
      keyAccount: false,
      tags: [],
      global: false,
      spaceIds: [w.spaceA],
      private: false,
      ...fields,
    }),
  );

const notesOf = async (ctx: UseCaseContext, id: string) =>
  value(await listTimeline(ctx, 'account', id, { limit: 50 }))
    .items.flatMap((entry) => (entry.kind === 'note' ? [entry.text] : []))
    .sort();

const dealNow = (id: string) => w.store.opportunities.get(w.tenantId, id);

/** Two of Anna's accounts; the second has a contact, a deal of its own and one shared. */
async function duplicatePair() {
  const ctx = () => w.as(anna);
  const survivor = await accountOf(anna, 'Müller GmbH', { website: 'https://mueller.de' });
  const merged = await accountOf(anna, 'Muller', {
    phone: '+49 30 1234567',
    vatNumber: 'DE123456789',
    tags: ['fleet'],
  });
  const person = value(
    await createContact(ctx(), {
      lastName: 'Schmidt',
      accountId: merged.id,
      champion: false,
      tags: [],
      global: false,
      spaceIds: [w.spaceA],
    }),
  );
  const own = value(
    await createOpportunity(ctx(), {
      spaceId: w.spaceA,
      name: 'Trucks',
      tags: [],
      accountId: merged.id,
    }),
  );
  const shared = value(
    await createOpportunity(ctx(), {
      spaceId: w.spaceA,
      name: 'Vans',
      tags: [],
      accountId: survivor.id,
    }),
  );
  value(await linkOpportunityAccount(ctx(), shared.id, { accountId: merged.id }, shared.version));
  value(await addNote(ctx(), 'account', survivor.id, { text: 'Met at the fair' }));
  value(await addNote(ctx(), 'account', merged.id, { text: 'Asked for a quote' }));
  return { survivor, merged, person, own, shared };
}

describe('merging two accounts', () => {
  it('moves contacts, deals and history to the survivor and redirects the old id', async () => {
    const { survivor, merged, person, own, shared } = await duplicatePair();
    const ctx = () => w.as(anna);

    const result = value(
      await mergeAccounts(
        ctx(),
        survivor.id,
        { mergedId: merged.id, values: { name: 'survivor' } },
        survivor.version,
      ),
    );
    expect(result).toMatchObject({
      id: survivor.id,
      name: 'Müller GmbH',
      phone: '+49 30 1234567',
      vatNumber: 'DE123456789',
      website: 'https://mueller.de',
      tags: ['fleet'],
    });
    expect(value(await getAccount(ctx(), merged.id)).id).toBe(survivor.id);
    expect(await notesOf(ctx(), survivor.id)).toEqual(['Asked for a quote', 'Met at the fair']);

    const people = value(await listContacts(ctx(), { accountId: survivor.id, limit: 50 }));
    expect(people.items.map((c) => c.id)).toEqual([person.id]);
    expect(await dealNow(own.id)).toMatchObject({
      accountIds: [survivor.id],
      primaryAccountId: survivor.id,
    });
    expect(await dealNow(shared.id)).toMatchObject({
      accountIds: [survivor.id],
      primaryAccountId: survivor.id,
    });

    const listed = value(await listAccounts(ctx(), { spaceId: w.spaceA, limit: 100 }));
    expect(listed.items.map((a) => a.id)).not.toContain(merged.id);
    expect(await w.store.accounts.get(w.tenantId, merged.id)).toMatchObject({
      mergedInto: survivor.id,
      name: 'merged',
    });
  });

  it('completes a merge interrupted after its first batch when run again', async () => {
    const { survivor, merged, person, own } = await duplicatePair();
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
      mergeAccounts(crashing, survivor.id, { mergedId: merged.id, values: {} }),
    ).rejects.toThrow('the process died');

    value(await mergeAccounts(w.as(anna), survivor.id, { mergedId: merged.id, values: {} }));
    value(await mergeAccounts(w.as(anna), survivor.id, { mergedId: merged.id, values: {} }));
    expect((await w.store.contacts.get(w.tenantId, person.id))?.accountId).toBe(survivor.id);
    expect((await dealNow(own.id))?.primaryAccountId).toBe(survivor.id);
    expect(await notesOf(w.as(anna), survivor.id)).toEqual([
      'Asked for a quote',
      'Met at the fair',
    ]);
  });

  it("links the survivor when a stale screen still offers the merged account's id", async () => {
    const { survivor, merged } = await duplicatePair();
    value(await mergeAccounts(w.as(anna), survivor.id, { mergedId: merged.id, values: {} }));
    const deal = value(
      await createOpportunity(w.as(anna), {
        spaceId: w.spaceA,
        name: 'Late',
        tags: [],
        accountId: merged.id,
      }),
    );
    expect(deal.accountIds).toEqual([survivor.id]);
    const refused = await createContact(w.as(anna), {
      lastName: 'Late',
      accountId: merged.id,
      champion: false,
      tags: [],
      global: false,
      spaceIds: [w.spaceA],
    });
    expect(!refused.ok && refused.error.kind).toBe('not_found');
  });

  it("lets only a private account's creator merge it, not even an admin", async () => {
    const hidden = await accountOf(anna, 'Secret AG', { private: true });
    const open = await accountOf(anna, 'Secret');
    const refused = await mergeAccounts(w.as(admin), open.id, {
      mergedId: hidden.id,
      values: {},
    });
    expect(!refused.ok && refused.error.kind).toBe('not_found');
    value(await mergeAccounts(w.as(anna), open.id, { mergedId: hidden.id, values: {} }));
  });

  it('refuses a stale version and unknown choices', async () => {
    const a = await accountOf(anna, 'Stale SA');
    const b = await accountOf(anna, 'Stale');
    const late = await mergeAccounts(w.as(anna), a.id, { mergedId: b.id, values: {} }, 99);
    expect(!late.ok && late.error.kind).toBe('stale');
    const mergedId = randomUUID();
    expect(MergeAccountInput.safeParse({ mergedId, values: { private: 'merged' } }).success).toBe(
      false,
    );
    expect(MergeAccountInput.safeParse({ mergedId, values: { vatNumber: 'x' } }).success).toBe(
      false,
    );
  });
});
