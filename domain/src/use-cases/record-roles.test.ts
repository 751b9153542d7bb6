import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Lead } from '../model/lead';
import { aLead, value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { addRecordParticipant } from './add-participant';
import { addRecordSubscriber } from './add-subscriber';
import { closeOpportunity } from './close-opportunity';
import { createOpportunity } from './create-opportunity';
import { followRecord } from './follow-record';
import { removeRecordParticipant } from './remove-participant';
import { removeRecordSubscriber } from './remove-subscriber';
import { setRecordContact } from './set-record-contact';
import { unfollowRecord } from './unfollow-record';

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
      name: 'Roles deal',
      tags: [],
    }),
  );

const newLead = async (): Promise<Lead> => {
  const at = '2026-05-04T08:00:00.000Z';
  return value(
    await world.store.leads.commit(
      aLead(world.tenantId, {
        createdAt: at,
        createdBy: 'anna',
        updatedAt: at,
        updatedBy: 'anna',
        spaceId: world.spaceA,
        ownerId: 'anna',
        lastName: 'Kowalska',
        firstName: undefined,
        email: undefined,
      }),
      [],
      { expectedVersion: 0, commitId: randomUUID() },
    ),
  );
};

describe('following', () => {
  it('follows and unfollows a deal one may see; twice is the same as once', async () => {
    const opportunity = await newOpportunity();
    const followed = value(await followRecord(world.as(ben), 'opportunity', opportunity.id, 1));
    expect(followed).toMatchObject({ subscriberIds: ['ben'], version: 2 });
    const again = value(await followRecord(world.as(ben), 'opportunity', opportunity.id, 2));
    expect(again.version).toBe(2);
    const unfollowed = value(await unfollowRecord(world.as(ben), 'opportunity', opportunity.id, 2));
    expect(unfollowed).toMatchObject({ subscriberIds: [], version: 3 });
    expect(
      value(await unfollowRecord(world.as(ben), 'opportunity', opportunity.id, 3)).version,
    ).toBe(3);
  });

  it('follows a lead too', async () => {
    const lead = await newLead();
    const followed = value(await followRecord(world.as(ben), 'lead', lead.id, 1));
    expect(followed.subscriberIds).toEqual(['ben']);
  });

  it('cannot follow what one may not see: not found', async () => {
    const opportunity = await newOpportunity();
    const followed = await followRecord(world.as(outsider), 'opportunity', opportunity.id, 1);
    expect(!followed.ok && followed.error.kind).toBe('not_found');
  });

  it('still allows following a won and locked deal', async () => {
    const opportunity = await newOpportunity();
    const won = value(
      await closeOpportunity(
        world.as(anna),
        opportunity.id,
        { outcome: 'won', reason: 'Signed' },
        1,
      ),
    );
    const followed = value(
      await followRecord(world.as(ben), 'opportunity', opportunity.id, won.version),
    );
    expect(followed.subscriberIds).toEqual(['ben']);
  });

  it('records a subscriber_added event for the notifier', async () => {
    const opportunity = await newOpportunity();
    value(await followRecord(world.as(ben), 'opportunity', opportunity.id, 1));
    const pending = (await world.store.outbox.pending(1000)).find(
      (i) => i.record.id === opportunity.id,
    );
    expect(pending?.events.map((e) => e.type)).toContain('record.subscriber_added');
  });
});

describe('subscribers chosen by the owner', () => {
  it('lets the owner add and remove a colleague, but not a colleague without edit rights', async () => {
    await world.user('carla');
    const opportunity = await newOpportunity();
    const added = value(
      await addRecordSubscriber(
        world.as(anna),
        'opportunity',
        opportunity.id,
        { userId: 'carla' },
        1,
      ),
    );
    expect(added.subscriberIds).toEqual(['carla']);
    const byColleague = await removeRecordSubscriber(
      world.as(ben),
      'opportunity',
      opportunity.id,
      { userId: 'carla' },
      2,
    );
    expect(!byColleague.ok && byColleague.error.kind).toBe('forbidden');
    const removed = value(
      await removeRecordSubscriber(
        world.as(anna),
        'opportunity',
        opportunity.id,
        { userId: 'carla' },
        2,
      ),
    );
    expect(removed.subscriberIds).toEqual([]);
  });

  it('refuses a user who does not exist', async () => {
    const opportunity = await newOpportunity();
    const added = await addRecordSubscriber(
      world.as(anna),
      'opportunity',
      opportunity.id,
      { userId: 'nobody' },
      1,
    );
    expect(!added.ok && added.error.kind).toBe('not_found');
  });
});

describe('contact and other participants', () => {
  it('sets the contact and adds and removes participants', async () => {
    const opportunity = await newOpportunity();
    const cfo = await world.contact(world.spaceA, 'Schmidt');
    const itDirector = await world.contact(world.spaceA, 'Dupont');
    const withContact = value(
      await setRecordContact(
        world.as(anna),
        'opportunity',
        opportunity.id,
        { contactId: cfo.id },
        1,
      ),
    );
    expect(withContact.contactId).toBe(cfo.id);
    const asParticipant = await addRecordParticipant(
      world.as(anna),
      'opportunity',
      opportunity.id,
      { contactId: cfo.id },
      2,
    );
    expect(!asParticipant.ok && asParticipant.error).toMatchObject({ rule: 'already_contact' });
    const added = value(
      await addRecordParticipant(
        world.as(anna),
        'opportunity',
        opportunity.id,
        { contactId: itDirector.id },
        2,
      ),
    );
    expect(added.participantIds).toEqual([itDirector.id]);
    const removed = value(
      await removeRecordParticipant(
        world.as(anna),
        'opportunity',
        opportunity.id,
        { contactId: itDirector.id },
        3,
      ),
    );
    expect(removed.participantIds).toEqual([]);
  });

  it('refuses a contact the actor may not see, and participants on a locked deal', async () => {
    const opportunity = await newOpportunity();
    const hidden = await world.contact(world.spaceB, 'Hidden');
    const refused = await addRecordParticipant(
      world.as(anna),
      'opportunity',
      opportunity.id,
      { contactId: hidden.id },
      1,
    );
    expect(!refused.ok && refused.error.kind).toBe('not_found');

    const visible = await world.contact(world.spaceA, 'Visible');
    const won = value(
      await closeOpportunity(
        world.as(anna),
        opportunity.id,
        { outcome: 'won', reason: 'Signed' },
        1,
      ),
    );
    const locked = await addRecordParticipant(
      world.as(anna),
      'opportunity',
      opportunity.id,
      { contactId: visible.id },
      won.version,
    );
    expect(!locked.ok && locked.error.message).toBe('this opportunity is won and locked');
  });
});
