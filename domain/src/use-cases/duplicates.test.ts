import { describe, expect, it } from 'vitest';
import { newWorld, value, type World } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import type { DuplicatePolicy } from '../model/duplicates';
import { createAccount } from './create-account';
import { createContact } from './create-contact';
import { createLead } from './create-lead';
import { getLead } from './get-lead';
import { checkDuplicates } from './check-duplicates';
import { qualifyLead } from './qualify-lead';
import { updateLead } from './update-lead';
import { updateSpace } from './update-space';
import { anonymizeLead } from './anonymize-lead';

type RawRecord = { outbox: { type: string; data: Record<string, unknown> }[] };

const { test } = worldPerFile();

/** A tenant of its own, its space A set to the policy and to Poland for phone numbers. */
async function worldWith(policy: DuplicatePolicy): Promise<World> {
  const w = await newWorld(test.store);
  const admin = w.actor('admin', 'admin', [w.spaceA, w.spaceB]);
  value(
    await updateSpace(w.as(admin), w.spaceA, { duplicatePolicy: policy, defaultCountry: 'PL' }, 1),
  );
  return w;
}

describe('duplicate detection through the store', () => {
  it.each([
    ['e-mail', { email: 'Jan.Kowalski+crm@gmail.com' }, { email: 'jankowalski@googlemail.com' }],
    ['phone', { phone: '601 234 567' }, { phone: '+48 601-234-567' }],
    [
      'person and company',
      { firstName: 'Jörg', company: 'Müller GmbH' },
      { firstName: 'JORG', company: 'Muller' },
    ],
    [
      'person at a company domain',
      { firstName: 'Jan', email: 'jan@kowalski.pl' },
      { firstName: 'Jan', email: 'j.k@kowalski.pl' },
    ],
  ])('flags a second lead sharing the %s key, naming the first', async (_kind, first, second) => {
    const w = await worldWith('flag');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const original = await w.lead(anna, w.spaceA, 'Kowalski', first);
    expect(original.possibleDuplicate).toBeUndefined();
    const again = await w.lead(anna, w.spaceA, 'Kowalski', second);
    expect(again.possibleDuplicate).toEqual({ ids: [original.id], hidden: 0 });
  });

  it('does not flag another person of the same company on a public mail provider', async () => {
    const w = await worldWith('flag');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    await w.lead(anna, w.spaceA, 'Nowak', { firstName: 'Jan', email: 'jan.nowak@wp.pl' });
    const other = await w.lead(anna, w.spaceA, 'Nowak', { firstName: 'Ewa', email: 'ewa@wp.pl' });
    expect(other.possibleDuplicate).toBeUndefined();
  });

  it('merge policy fills the existing lead’s blanks and answers it', async () => {
    const w = await worldWith('merge');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const original = await w.lead(anna, w.spaceA, 'Weber', { email: 'weber@weber-bau.de' });
    const merged = value(
      await createLead(w.as(anna), {
        spaceId: w.spaceA,
        lastName: 'Weber',
        email: 'WEBER@weber-bau.de',
        phone: '+49 30 1234567',
        jobTitle: 'CTO',
        source: 'web_form',
        tags: [],
      }),
    );
    expect(merged).toMatchObject({
      id: original.id,
      version: 2,
      phone: '+49 30 1234567',
      jobTitle: 'CTO',
      source: 'manual',
    });
    const { resource } = await test.container.item(original.id, w.tenantId).read<RawRecord>();
    expect(resource!.outbox.at(-1)).toMatchObject({ type: 'lead.updated' });
  });

  it('reject policy answers 409 duplicate naming the match the caller sees', async () => {
    const w = await worldWith('reject');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const original = await w.lead(anna, w.spaceA, 'Dupont', { email: 'dupont@dupont.fr' });
    const refused = await createLead(w.as(anna), {
      spaceId: w.spaceA,
      lastName: 'Dupont',
      email: 'Dupont@Dupont.fr',
      source: 'manual',
      tags: [],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'duplicate', code: 'duplicate', params: { entity: 'lead', id: original.id } },
    });
  });

  it('never names a match the caller may not see, and tells its owner', async () => {
    const w = await worldWith('reject');
    const owner = w.actor('olga', 'seller', [w.spaceB]);
    const stranger = w.actor('sven', 'seller', [w.spaceA]);
    const hidden = await w.lead(owner, w.spaceB, 'Lind', { phone: '+46 70 123 45 67' });
    const refused = await createLead(w.as(stranger), {
      spaceId: w.spaceA,
      lastName: 'Lind',
      phone: '+46701234567',
      source: 'manual',
      tags: [],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'duplicate', params: {} } });
    expect(JSON.stringify(refused)).not.toContain(hidden.id);

    const flagWorld = await worldWith('flag');
    const owner2 = flagWorld.actor('olga', 'seller', [flagWorld.spaceB]);
    const stranger2 = flagWorld.actor('sven', 'seller', [flagWorld.spaceA]);
    const theirs = await flagWorld.lead(owner2, flagWorld.spaceB, 'Lind', {
      phone: '+46701234567',
    });
    const mine = await flagWorld.lead(stranger2, flagWorld.spaceA, 'Lind', {
      phone: '+46 70 123 45 67',
    });
    expect(mine.possibleDuplicate).toEqual({ ids: [], hidden: 1 });
    const { resource } = await test.container.item(theirs.id, flagWorld.tenantId).read<RawRecord>();
    expect(resource!.outbox.at(-1)).toMatchObject({
      type: 'record.duplicate_detected',
      data: { duplicateId: mine.id },
    });
  });

  it('an edit moves the lead’s keys: the old e-mail no longer matches, the new one does', async () => {
    const w = await worldWith('flag');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const lead = await w.lead(anna, w.spaceA, 'Popescu', { email: 'ion@popescu.ro' });
    value(await updateLead(w.as(anna), lead.id, { email: 'ion@popescu-grup.ro' }, 1));
    const old = await w.lead(anna, w.spaceA, 'Pop', { email: 'ion@popescu.ro' });
    expect(old.possibleDuplicate).toBeUndefined();
    const fresh = await w.lead(anna, w.spaceA, 'Pop', { email: 'ION@popescu-grup.ro' });
    expect(fresh.possibleDuplicate?.ids).toEqual([lead.id]);
    expect(value(await getLead(w.as(anna), lead.id)).email).toBe('ion@popescu-grup.ro');
  });

  it('an anonymized lead no longer matches', async () => {
    const w = await worldWith('flag');
    const admin = w.actor('admin', 'admin', [w.spaceA]);
    const lead = await w.lead(admin, w.spaceA, 'Gone', { email: 'gone@gone-gmbh.de' });
    value(await anonymizeLead(w.as(admin), lead.id, 1));
    const again = await w.lead(admin, w.spaceA, 'Gone', { email: 'gone@gone-gmbh.de' });
    expect(again.possibleDuplicate).toBeUndefined();
  });

  it('flags accounts by domain and contacts by e-mail', async () => {
    const w = await worldWith('flag');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const create = (name: string, website: string) =>
      createAccount(w.as(anna), {
        name,
        website,
        kind: 'other',
        keyAccount: false,
        tags: [],
        global: false,
        spaceIds: [w.spaceA],
        private: false,
      });
    const first = value(await create('Kowalski Sp. z o.o.', 'https://kowalski.pl'));
    const second = value(await create('KOWALSKI SP Z OO', 'http://www.kowalski.pl/kontakt'));
    expect(second.possibleDuplicate?.ids).toEqual([first.id]);

    const contact = (email: string) =>
      createContact(w.as(anna), {
        lastName: 'Kowalska',
        email,
        champion: false,
        tags: [],
        global: false,
        spaceIds: [w.spaceA],
      });
    const one = value(await contact('anna.kowalska@kowalski.pl'));
    const two = value(await contact('Anna.Kowalska@KOWALSKI.pl'));
    expect(two.possibleDuplicate?.ids).toEqual([one.id]);
  });
});

describe('the check before saving', () => {
  it('names the matches the caller sees and only counts the others', async () => {
    const w = await worldWith('flag');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const olga = w.actor('olga', 'seller', [w.spaceB]);
    const visible = await w.lead(anna, w.spaceA, 'Kowalski', { phone: '601 234 567' });
    await w.lead(olga, w.spaceB, 'Kowalski', { phone: '+48601234567' });
    const checked = value(
      await checkDuplicates(w.as(anna), {
        type: 'lead',
        spaceId: w.spaceA,
        lastName: 'K.',
        phone: '0048 601 234 567',
      }),
    );
    expect(checked).toEqual({
      matches: [{ recordType: 'lead', id: visible.id, title: 'Kowalski', spaceId: w.spaceA }],
      hidden: 1,
    });
  });
});

describe('qualify', () => {
  it('flags the contact it creates when one with the e-mail exists', async () => {
    const w = await worldWith('flag');
    const anna = w.actor('anna', 'seller', [w.spaceA]);
    const existing = value(
      await createContact(w.as(anna), {
        lastName: 'Ionescu',
        email: 'maria.ionescu@ionescu.ro',
        champion: false,
        tags: [],
        global: false,
        spaceIds: [w.spaceA],
      }),
    );
    const lead = await w.lead(anna, w.spaceA, 'Ionescu', { email: 'Maria.Ionescu@ionescu.ro' });
    const qualified = value(await qualifyLead(w.as(anna), lead.id, { contact: {} }));
    expect(qualified.contact?.possibleDuplicate).toEqual({ ids: [existing.id], hidden: 0 });
  });
});
