import { describe, expect, it } from 'vitest';
import { creationMeta, diffFields, domainEvent, nextVersion } from './changes';
import { fixedSource, leadFixture } from '../testing';

describe('diffFields', () => {
  it('lists changed fields old → new, comparing arrays and money by value', () => {
    type Row = { name: string; tags: string[]; amount: { amount: number }; note?: string };
    const before: Row = { name: 'A', tags: ['x'], amount: { amount: 100 }, note: 'n' };
    const after: Row = { name: 'B', tags: ['x'], amount: { amount: 100 }, note: undefined };
    expect(diffFields(before, after, ['name', 'tags', 'amount', 'note'])).toEqual([
      { field: 'name', old: 'A', new: 'B' },
      { field: 'note', old: 'n', new: null },
    ]);
  });
});

describe('events and stamps', () => {
  it('builds an event for the record version being written', () => {
    const src = fixedSource('u7');
    const next = nextVersion(src, leadFixture());
    const event = domainEvent(src, next, 'lead.updated', {
      changes: [{ field: 'phone', old: null, new: '+48 1' }],
    });
    expect(next).toMatchObject({
      version: 4,
      updatedBy: 'u7',
      updatedAt: '2026-02-01T10:00:00.000Z',
    });
    expect(event).toMatchObject({
      type: 'lead.updated',
      recordType: 'lead',
      recordId: next.id,
      spaceId: next.spaceId,
      actorId: 'u7',
      version: 4,
      tenantId: 't1',
    });
  });

  it('stamps a new document with version 1 and its creator', () => {
    expect(creationMeta(fixedSource('u3'), 'id-1')).toMatchObject({
      id: 'id-1',
      version: 1,
      createdBy: 'u3',
      updatedBy: 'u3',
    });
  });
});
