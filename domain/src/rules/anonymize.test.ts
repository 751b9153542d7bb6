import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events';
import { LEAD_PERSONAL_FIELDS } from '../model/lead';
import type { TimelineEntry } from '../model/timeline';
import { ERASED, eraseEvent, eraseLeadFields, eraseTimelineEntry, erasureOf } from './anonymize';
import { leadFixture } from '../testing';

const lead = leadFixture({ status: 'disqualified', disqualifyReason: 'Zofia moved to a rival' });
const erasure = erasureOf(lead, LEAD_PERSONAL_FIELDS);

describe('erasing a lead', () => {
  it('removes personal fields and keeps the statistics', () => {
    const result = eraseLeadFields(lead, '2026-03-01T00:00:00.000Z');
    if (!result.ok) throw new Error('refused');
    const erased = result.value;
    expect(erased).toMatchObject({
      lastName: ERASED,
      firstName: undefined,
      email: undefined,
      phone: undefined,
      anonymizedAt: '2026-03-01T00:00:00.000Z',
      status: 'disqualified',
      source: 'web_form',
      tags: ['hot'],
      company: 'Kowalski Sp. z o.o.',
      createdAt: lead.createdAt,
    });
    expect(erased.disqualifyReason).toBe(`${ERASED} moved to a rival`);
  });

  it('answers an anonymized lead itself', () => {
    const gone = leadFixture({ anonymizedAt: '2026-03-01T00:00:00.000Z' });
    const again = eraseLeadFields(gone, '2026-04-01T00:00:00.000Z');
    expect(again.ok && again.value).toBe(gone);
  });
});

describe('erasing copies', () => {
  it('replaces personal values in field history, whatever the field', () => {
    const event: DomainEvent = {
      id: 'e1',
      type: 'lead.updated',
      tenantId: 't1',
      recordType: 'lead',
      recordId: lead.id,
      actorId: 'u1',
      at: '2026-01-02T00:00:00.000Z',
      version: 2,
      changes: [
        { field: 'email', old: 'old@example.pl', new: 'zofia.w@example.pl' },
        { field: 'company', old: 'Wiśniewska consulting', new: 'Kowalski Sp. z o.o.' },
        { field: 'status', old: 'new', new: 'working' },
      ],
      data: { summary: 'Call ZOFIA WIŚNIEWSKA back', nested: ['+48 22 555 01 02'] },
    };
    const erased = eraseEvent(event, erasure);
    expect(erased.changes).toEqual([
      { field: 'email', old: ERASED, new: ERASED },
      { field: 'company', old: `${ERASED} consulting`, new: 'Kowalski Sp. z o.o.' },
      { field: 'status', old: 'new', new: 'working' },
    ]);
    expect(erased.data).toEqual({ summary: `Call ${ERASED} back`, nested: [ERASED] });
  });

  it('keeps notes but erases the person in them, and leaves clean entries alone', () => {
    const note: TimelineEntry = {
      id: 'n1',
      tenantId: 't1',
      schemaVersion: 1,
      version: 1,
      createdAt: '2026-01-02T00:00:00.000Z',
      createdBy: 'u1',
      updatedAt: '2026-01-02T00:00:00.000Z',
      updatedBy: 'u1',
      type: 'timeline',
      recordType: 'lead',
      recordId: lead.id,
      kind: 'note',
      at: '2026-01-02T00:00:00.000Z',
      actorId: 'u1',
      text: 'Zofia Wiśniewska asked for a demo; mail zofia.w@example.pl',
      changes: [],
    };
    expect(eraseTimelineEntry(note, erasure)?.text).toBe(
      `${ERASED} asked for a demo; mail ${ERASED}`,
    );
    expect(eraseTimelineEntry({ ...note, text: 'Demo went well' }, erasure)).toBeUndefined();
  });
});
