import { describe, expect, it } from 'vitest';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { archiveLead, unarchiveLead } from './archive-lead';
import { createLead } from './create-lead';
import { disqualifyLead } from './disqualify-lead';
import { getLead } from './get-lead';
import { ListLeadsInput } from '../model/lead';
import { listLeads } from './list-leads';
import { updateLead } from './update-lead';

type RawLead = { outbox: { type: string; changes: unknown[] }[] };

const { test, w } = worldPerFile();

const listed = async (ctx: Parameters<typeof listLeads>[0], input: Partial<ListLeadsInput> = {}) =>
  value(await listLeads(ctx, ListLeadsInput.parse(input))).items.map((l) => l.lastName);

describe('leads', () => {
  it('captures a lead and keeps the change history on its events', async () => {
    const seller = w.actor('anna', 'seller', [w.spaceA]);
    const lead = await w.lead(seller, w.spaceA, 'Müller', {
      firstName: 'Jörg',
      company: 'Müller Maschinenbau',
      source: 'web_form',
    });
    expect(lead).toMatchObject({ status: 'new', ownerId: 'anna', version: 1, archived: false });

    const started = value(
      await updateLead(w.as(seller), lead.id, { status: 'working', phone: '+49 30 1234' }, 1),
    );
    expect(started).toMatchObject({ status: 'working', phone: '+49 30 1234', version: 2 });

    const { resource } = await test.container.item(lead.id, w.tenantId).read<RawLead>();
    const doc = resource!;
    expect(doc.outbox.map((e) => e.type)).toEqual(['lead.created', 'lead.updated']);
    expect(doc.outbox[1]?.changes).toEqual([
      { field: 'phone', old: null, new: '+49 30 1234' },
      { field: 'status', old: 'new', new: 'working' },
    ]);
  });

  it('refuses a stale version and writes nothing', async () => {
    const seller = w.actor('anna', 'seller', [w.spaceA]);
    const lead = await w.lead(seller, w.spaceA, 'Stale');
    value(await updateLead(w.as(seller), lead.id, { company: 'First' }, 1));
    const late = await updateLead(w.as(seller), lead.id, { company: 'Second' }, 1);
    expect(!late.ok && late.error.kind).toBe('stale');
    expect(value(await getLead(w.as(seller), lead.id)).company).toBe('First');
  });

  it('lets a colleague see a lead but not change it, and hides it from other spaces', async () => {
    const owner = w.actor('bert', 'seller', [w.spaceA]);
    const colleague = w.actor('cora', 'seller', [w.spaceA]);
    const outsider = w.actor('dan', 'seller', [w.spaceB]);
    const lead = await w.lead(owner, w.spaceA, 'Colleague');
    expect(value(await getLead(w.as(colleague), lead.id)).id).toBe(lead.id);
    const edit = await updateLead(w.as(colleague), lead.id, { company: 'Mine now' }, 1);
    expect(!edit.ok && edit.error.kind).toBe('forbidden');
    const hidden = await getLead(w.as(outsider), lead.id);
    expect(!hidden.ok && hidden.error.kind).toBe('not_found');
    const hiddenEdit = await archiveLead(w.as(outsider), lead.id, 1);
    expect(!hiddenEdit.ok && hiddenEdit.error.kind).toBe('not_found');
    expect(await listed(w.as(outsider), { text: 'colleague' })).toEqual([]);
    expect(await listed(w.as(colleague), { text: 'colleague' })).toEqual(['Colleague']);
  });

  it('refuses to create a lead in a space the seller does not belong to', async () => {
    const seller = w.actor('anna', 'seller', [w.spaceA]);
    const refused = await createLead(w.as(seller), {
      spaceId: w.spaceB,
      lastName: 'Elsewhere',
      source: 'manual',
      tags: [],
    });
    expect(!refused.ok && refused.error.kind).toBe('forbidden');
  });

  it('disqualifies with a reason, archives out of the list and back', async () => {
    const seller = w.actor('erin', 'seller', [w.spaceA]);
    const lead = await w.lead(seller, w.spaceA, 'Lifecycle');
    const noReason = await disqualifyLead(w.as(seller), lead.id, { reason: ' ' }, 1);
    expect(!noReason.ok && noReason.error.kind).toBe('rule');
    const out = value(await disqualifyLead(w.as(seller), lead.id, { reason: 'No budget' }, 1));
    expect(out).toMatchObject({
      status: 'disqualified',
      disqualifyReason: 'No budget',
      version: 2,
    });

    value(await archiveLead(w.as(seller), lead.id, 2));
    expect(await listed(w.as(seller), { text: 'lifecycle' })).toEqual([]);
    expect(await listed(w.as(seller), { text: 'lifecycle', archived: true })).toEqual([
      'Lifecycle',
    ]);
    const frozen = await updateLead(w.as(seller), lead.id, { company: 'x' }, 3);
    expect(!frozen.ok && frozen.error.kind === 'rule' && frozen.error.rule).toBe('lead_archived');
    const back = value(await unarchiveLead(w.as(seller), lead.id, 3));
    expect(back).toMatchObject({ archived: false, version: 4 });
  });

  it('shows a partner user only their partner leads in their spaces', async () => {
    const partnerId = '7a1d9e52-3c4b-4f6a-8b9c-0d1e2f3a4b5c';
    const partner = w.actor('pia', 'partner', [w.spaceA], { partnerId });
    const seller = w.actor('anna', 'seller', [w.spaceA]);
    const theirs = await w.lead(partner, w.spaceA, 'Partnered');
    expect(theirs.partnerId).toBe(partnerId);
    const ours = await w.lead(seller, w.spaceA, 'Inhouse');
    expect(await listed(w.as(partner))).toEqual(['Partnered']);
    const hidden = await getLead(w.as(partner), ours.id);
    expect(!hidden.ok && hidden.error.kind).toBe('not_found');
  });

  it('shows a manager what their subordinates own, in any space', async () => {
    const rep = w.actor('rita', 'seller', [w.spaceB]);
    const lead = await w.lead(rep, w.spaceB, 'Supervised');
    const boss = w.actor('max', 'manager', [w.spaceA], {
      subordinateIds: ['rita'],
      subordinateRoles: { rita: 'seller' },
    });
    const peer = w.actor('pete', 'manager', [w.spaceA]);
    expect(await listed(w.as(boss), { text: 'supervised' })).toEqual(['Supervised']);
    expect(value(await updateLead(w.as(boss), lead.id, { company: 'Checked' }, 1)).company).toBe(
      'Checked',
    );
    const hidden = await getLead(w.as(peer), lead.id);
    expect(!hidden.ok && hidden.error.kind).toBe('not_found');
  });
});
