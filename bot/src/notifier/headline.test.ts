import type { DomainEvent } from '@channel-crm/domain/server';
import { describe, expect, it } from 'vitest';
import { headlineOf } from './headline';

const names: Record<string, string> = { claire: 'Claire Dubois', jonas: 'Jonas Becker' };
const nameOf = async (userId: string) => names[userId] ?? 'Someone';

const event = (fields: Partial<DomainEvent>): DomainEvent => ({
  id: 'event-1',
  type: 'opportunity.updated',
  tenantId: 'tenant',
  recordType: 'opportunity',
  recordId: 'deal',
  actorId: 'claire',
  at: '2026-11-23T09:00:00.000Z',
  version: 2,
  changes: [],
  data: {},
  ...fields,
});

describe('the line above a notification card', () => {
  it('names the new owner, as "you" to the new owner themselves', async () => {
    const handover = event({
      type: 'opportunity.owner_changed',
      data: { from: 'claire', to: 'jonas' },
    });
    expect(await headlineOf(handover, 'ioana', nameOf)).toBe(
      'Claire Dubois gave this deal to Jonas Becker',
    );
    expect(await headlineOf(handover, 'jonas', nameOf)).toBe('Claire Dubois gave this deal to you');
  });

  it('tells an assignment from a claim of a lead', async () => {
    const assigned = event({
      type: 'lead.assigned',
      recordType: 'lead',
      changes: [{ field: 'ownerId', old: null, new: 'jonas' }],
    });
    expect(await headlineOf(assigned, 'jonas', nameOf)).toBe('Claire Dubois gave this lead to you');
    const claimed = event({
      type: 'lead.assigned',
      recordType: 'lead',
      changes: [{ field: 'ownerId', old: null, new: 'claire' }],
    });
    expect(await headlineOf(claimed, 'jonas', nameOf)).toBe('Claire Dubois took this lead on');
  });

  it('tells following from being added as a follower', async () => {
    const follows = event({
      type: 'record.subscriber_added',
      data: { userId: 'claire', self: true },
    });
    expect(await headlineOf(follows, 'jonas', nameOf)).toBe(
      'Claire Dubois started following this deal',
    );
    const added = event({ type: 'record.subscriber_added', data: { userId: 'jonas' } });
    expect(await headlineOf(added, 'jonas', nameOf)).toBe(
      'Claire Dubois added you as a follower of this deal',
    );
    expect(await headlineOf(added, 'elodie', nameOf)).toBe(
      'Claire Dubois added Jonas Becker as a follower of this deal',
    );
  });

  it('says where a deal moved and why it was won', async () => {
    const moved = event({
      type: 'opportunity.stage_changed',
      data: { fromStageName: 'Qualification', toStageName: 'Proposal' },
    });
    expect(await headlineOf(moved, 'jonas', nameOf)).toBe(
      'Claire Dubois moved this deal from Qualification to Proposal',
    );
    const won = event({ type: 'opportunity.won', data: { reason: 'Best fleet price' } });
    expect(await headlineOf(won, 'jonas', nameOf)).toBe(
      'Claire Dubois marked this deal won: Best fleet price',
    );
  });
});
