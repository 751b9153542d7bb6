import { beforeAll, describe, expect, it } from 'vitest';
import { sweepOutboxes } from '../dispatch/sweep-outboxes';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { addNote } from './add-note';
import { anonymizeContact } from './anonymize-contact';
import { anonymizeLead } from './anonymize-lead';
import { createContact } from './create-contact';
import { createLead } from './create-lead';
import { getLead } from './get-lead';
import { qualifyLead } from './qualify-lead';
import { updateLead } from './update-lead';

const { test, w } = worldPerFile();

beforeAll(async () => {
  await w.pipeline(w.spaceA);
});

const seller = () => w.actor('anna', 'seller', [w.spaceA]);

/** Every stored document of the tenant as the database holds it, outboxes included. */
async function rawTenantJson(): Promise<string> {
  const { resources } = await test.container.items
    .query({
      query: 'SELECT * FROM c WHERE c.tenantId = @t',
      parameters: [{ name: '@t', value: w.tenantId }],
    })
    .fetchAll();
  return JSON.stringify(resources);
}

const PERSONAL = [
  'Aurélie',
  'aurelie',
  'Dubois-Marchand',
  'dubois',
  'aurelie.dm@example.fr',
  'a.dubois@example.fr',
  '44 55 66',
  'aurelie.example.fr',
  'Directrice',
];

const leaks = (json: string) =>
  PERSONAL.filter((p) => json.toLowerCase().includes(p.toLowerCase()));

describe('anonymizeLead', () => {
  it('leaves no personal data in any document and keeps the statistics', async () => {
    const ctx = () => w.as(seller());
    const lead = value(
      await createLead(ctx(), {
        spaceId: w.spaceA,
        firstName: 'Aurélie',
        lastName: 'Dubois-Marchand',
        email: 'aurelie.dm@example.fr',
        phone: '+33 1 44 55 66 77',
        website: 'https://aurelie.example.fr',
        jobTitle: 'Directrice achats',
        source: 'web_form',
        tags: ['salon-2026'],
      }),
    );
    value(await updateLead(ctx(), lead.id, { email: 'a.dubois@example.fr', status: 'working' }, 1));
    await sweepOutboxes(test.store, undefined, 1000);
    value(await updateLead(ctx(), lead.id, { phone: '+33 1 44 55 66 78' }, 2));
    value(await addNote(ctx(), 'lead', lead.id, { text: 'Aurélie Dubois-Marchand wants a demo' }));
    const done = value(
      await qualifyLead(ctx(), lead.id, {
        contact: {},
        opportunity: { amount: { amount: 900_000, currency: 'EUR' } },
      }),
    );
    expect(done.opportunity?.name).toBe('Aurélie Dubois-Marchand');
    expect(leaks(await rawTenantJson())).not.toEqual([]);

    const erased = value(await anonymizeLead(ctx(), lead.id));
    expect(erased).toMatchObject({
      status: 'qualified',
      source: 'web_form',
      tags: ['salon-2026'],
      createdAt: lead.createdAt,
    });
    expect(erased.anonymizedAt).toBeDefined();

    await sweepOutboxes(test.store, undefined, 1000);
    expect(leaks(JSON.stringify(await test.store.exportTenant(w.tenantId)))).toEqual([]);
    expect(leaks(await rawTenantJson())).toEqual([]);

    const copied = await test.store.opportunities.get(w.tenantId, done.opportunity!.id);
    expect(copied?.amount).toEqual({ amount: 900_000, currency: 'EUR' });
    const notes = await test.store.timeline.listAllForRecord(w.tenantId, lead.id);
    expect(notes.find((n) => n.kind === 'note')?.text).toBe('[erased] wants a demo');
  });

  it('is refused to a colleague who may only see the lead, and hidden from others', async () => {
    const lead = value(
      await createLead(w.as(seller()), {
        spaceId: w.spaceA,
        lastName: 'Kept',
        source: 'manual',
        tags: [],
      }),
    );
    const colleague = w.actor('cora', 'seller', [w.spaceA]);
    const outsider = w.actor('dan', 'seller', [w.spaceB]);
    const refused = await anonymizeLead(w.as(colleague), lead.id);
    expect(!refused.ok && refused.error.kind).toBe('forbidden');
    const hidden = await anonymizeLead(w.as(outsider), lead.id);
    expect(!hidden.ok && hidden.error.kind).toBe('not_found');
    expect(value(await getLead(w.as(seller()), lead.id)).lastName).toBe('Kept');
  });
});

describe('anonymizeContact', () => {
  it('erases a contact and its history; twice is harmless', async () => {
    const contact = value(
      await createContact(w.as(seller()), {
        firstName: 'Łukasz',
        lastName: 'Zieliński',
        email: 'lukasz@example.pl',
        champion: true,
        tags: [],
        global: false,
        spaceIds: [w.spaceA],
      }),
    );
    const erased = value(await anonymizeContact(w.as(seller()), contact.id));
    expect(erased).toMatchObject({ lastName: '[erased]', champion: true });
    expect(erased.email).toBeUndefined();
    const again = value(await anonymizeContact(w.as(seller()), contact.id));
    expect(again.version).toBe(erased.version);
    await sweepOutboxes(test.store, undefined, 1000);
    const json = await rawTenantJson();
    expect(json.includes('Zieliński') || json.includes('lukasz@example.pl')).toBe(false);
  });
});
