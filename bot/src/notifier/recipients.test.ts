import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  type CrmRecord,
  type DomainEvent,
} from '@channel-crm/domain/server';
import { recipientsOf } from './recipients';

const opportunity = {
  type: 'opportunity',
  id: 'deal-1',
  ownerId: 'owner',
  coOwnerIds: ['co'],
  subscriberIds: ['manager', 'owner', 'hidden', 'muted', 'actor'],
} as unknown as CrmRecord; // only the people fields matter here

const event = (type: DomainEvent['type']) =>
  ({ id: 'e1', type, tenantId: 't', actorId: 'actor' }) as DomainEvent;

const prefs = async (userId: string) =>
  userId === 'muted'
    ? { ...DEFAULT_NOTIFICATION_PREFERENCES, mutedRecordIds: ['deal-1'] }
    : DEFAULT_NOTIFICATION_PREFERENCES;
const maySee = async (userId: string) => userId !== 'hidden';

describe('recipients', () => {
  it('are subscribers and owners, once each, minus the actor, the unseeing and the muted', async () => {
    const got = await recipientsOf(event('opportunity.stage_changed'), opportunity, maySee, prefs);
    expect(got.map((r) => r.userId).sort()).toEqual(['co', 'manager', 'owner']);
  });

  it('include each co-owner a splitter filter gave a lead', async () => {
    const lead = {
      type: 'lead',
      id: 'lead-1',
      ownerId: 'owner',
      coOwnerIds: ['co', 'other-co'],
      subscriberIds: [],
    } as unknown as CrmRecord; // only the people fields matter here
    const got = await recipientsOf(event('lead.split'), lead, maySee, prefs);
    expect(got.map((r) => r.userId).sort()).toEqual(['co', 'other-co', 'owner']);
  });

  it('are nobody for an event that does not notify', async () => {
    expect(await recipientsOf(event('opportunity.updated'), opportunity, maySee, prefs)).toEqual(
      [],
    );
  });

  it('of a routed lead are its new owner and whom the rule names, the actor included', async () => {
    const routed = {
      ...event('lead.routed'),
      data: { to: 'actor', notify: ['manager', 'hidden', 'actor'] },
    } as DomainEvent;
    const got = await recipientsOf(routed, opportunity, maySee, prefs);
    expect(got.map((r) => r.userId)).toEqual(['actor', 'manager']);
  });
});
