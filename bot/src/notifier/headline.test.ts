import type { DomainEvent } from '@channel-crm/domain/server';
import { describe, expect, it } from 'vitest';
import { CARD_LANGUAGES, cardText } from '../cards/card-text';
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
  it('tells each co-owner of a split lead their own share', async () => {
    const split = event({
      type: 'lead.split',
      recordType: 'lead',
      data: {
        shares: [
          { userId: 'jonas', share: 3334 },
          { userId: 'ioana', share: 6666 },
        ],
      },
    });
    expect(await headlineOf(split, 'jonas', nameOf)).toBe(
      'Claire Dubois split this lead: your share is 33.34%',
    );
    expect(await headlineOf(split, 'ioana', nameOf, cardText('fr'))).toMatch(
      /^Claire Dubois a partagé cette piste : votre part est de 66,66\s%$/,
    );
    expect(await headlineOf(split, 'elodie', nameOf)).toBe('Claire Dubois split this lead');
  });

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

  it('tells the owner someone entered a possible duplicate of their lead', async () => {
    const duplicate = event({
      type: 'record.duplicate_detected',
      recordType: 'lead',
      data: { duplicateId: 'other', duplicateType: 'lead' },
    });
    expect(await headlineOf(duplicate, 'jonas', nameOf)).toBe(
      'Claire Dubois entered a possible duplicate of this lead',
    );
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

describe('the line above a notification card, in the recipient’s language', () => {
  const moved = event({
    type: 'opportunity.stage_changed',
    data: { fromStageName: 'Qualification', toStageName: 'Proposition' },
  });

  it('tells a French recipient where the deal moved', async () => {
    expect(await headlineOf(moved, 'jonas', nameOf, cardText('fr-FR'))).toBe(
      'Claire Dubois a déplacé cette opportunité de Qualification à Proposition',
    );
  });

  it('tells a German recipient the deal is now theirs', async () => {
    const handover = event({ type: 'opportunity.owner_changed', data: { to: 'jonas' } });
    expect(await headlineOf(handover, 'jonas', nameOf, cardText('de-AT'))).toBe(
      'Claire Dubois hat Ihnen diese Verkaufschance zugewiesen',
    );
  });

  it('speaks English to a recipient whose language the bot does not speak', async () => {
    expect(await headlineOf(moved, 'jonas', nameOf, cardText('ja-JP'))).toBe(
      'Claire Dubois moved this deal from Qualification to Proposition',
    );
  });

  it('names everyone it speaks of, in every language', async () => {
    const events = [
      moved,
      event({ type: 'opportunity.won', data: { reason: 'Best fleet price' } }),
      event({ type: 'opportunity.owner_changed', data: { to: 'jonas' } }),
      event({ type: 'lead.assigned', recordType: 'lead', data: { to: 'jonas' } }),
      event({ type: 'record.subscriber_added', data: { userId: 'jonas' } }),
      event({ type: 'note.added', data: { excerpt: 'Fleet of 40 vans' } }),
    ];
    for (const language of Object.keys(CARD_LANGUAGES)) {
      const lines = await Promise.all(
        events.map((e) => headlineOf(e, 'ioana', nameOf, cardText(language))),
      );
      for (const line of lines) expect(line).toContain('Claire Dubois');
      expect(lines[0]).toContain('Qualification');
      expect(lines[0]).toContain('Proposition');
      expect(lines[1]).toContain('Best fleet price');
      for (const line of lines.slice(2, 5)) expect(line).toContain('Jonas Becker');
      expect(lines[5]).toContain('Fleet of 40 vans');
    }
  });
});
