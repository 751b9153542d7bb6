import { describe, expect, it } from 'vitest';
import { ListAccountsInput, type Account } from '../model/account';
import { ListContactsInput, type Contact } from '../model/contact';
import { ListLeadsInput } from '../model/lead';
import type { RecordRepository } from '../store/ports';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { archiveLead } from './archive-lead';
import { listAccounts } from './list-accounts';
import { listContacts } from './list-contacts';
import { listLeads } from './list-leads';
import { mergeLeads } from './merge-leads';

const { w } = worldPerFile();

const anna = () => w.actor('anna', 'seller', [w.spaceA]);

const leadIds = async (input: Partial<ListLeadsInput>) =>
  value(await listLeads(w.as(anna()), ListLeadsInput.parse({ limit: 100, ...input }))).items.map(
    (l) => l.id,
  );

/** Stores the record as a merge leaves its tombstone: pointing to the survivor. */
const asTombstone = async <T extends Contact | Account>(
  repository: RecordRepository<T>,
  record: T,
  survivorId: string,
) => {
  const tombstone = { ...record, mergedInto: survivorId };
  await repository.commit(tombstone, [], {
    expectedVersion: record.version,
    commitId: `tombstone:${record.id}`,
  });
};

describe('tombstones of merged records', () => {
  it('stay out of the archived view and every list of leads, while an archived lead shows', async () => {
    const survivor = await w.lead(anna(), w.spaceA, 'Nowak', { email: 'ewa@nowak-bud.pl' });
    const merged = await w.lead(anna(), w.spaceA, 'Nowakowa', { email: 'ewa.n@nowak-bud.pl' });
    const archived = await w.lead(anna(), w.spaceA, 'Lis');
    value(await archiveLead(w.as(anna()), archived.id, archived.version));
    value(await mergeLeads(w.as(anna()), survivor.id, { mergedId: merged.id, values: {} }));

    const archivedView = await leadIds({ archived: true });
    expect(archivedView).toContain(archived.id);
    expect(archivedView).not.toContain(merged.id);
    expect(await leadIds({})).toContain(survivor.id);
    expect(await leadIds({})).not.toContain(merged.id);
    expect(await leadIds({ text: 'Nowak' })).toEqual([survivor.id]);
  });

  it('stay out of the contact and account lists', async () => {
    const survivor = await w.contact(w.spaceA, 'Zając');
    const merged = await w.contact(w.spaceA, 'Zajac');
    await asTombstone(w.store.contacts, merged, survivor.id);
    const contacts = value(
      await listContacts(w.as(anna()), ListContactsInput.parse({ text: 'Zaj' })),
    ).items.map((c) => c.id);
    expect(contacts).toEqual([survivor.id]);

    const kept = await w.account(w.spaceA, 'Stolarnia Zając');
    const gone = await w.account(w.spaceA, 'Stolarnia Zajac');
    await asTombstone(w.store.accounts, gone, kept.id);
    const accounts = value(
      await listAccounts(w.as(anna()), ListAccountsInput.parse({ text: 'Stolarnia' })),
    ).items.map((a) => a.id);
    expect(accounts).toEqual([kept.id]);
  });
});
