import { describe, expect, it } from 'vitest';
import { leadFixture } from '../testing';
import {
  checkQualifiable,
  claimedBy,
  editLead,
  markArchived,
  markDisqualified,
  markUnarchived,
  setOpenStatus,
} from './lead-lifecycle';

const ruleOf = (r: { ok: boolean; error?: { kind: string; rule?: string } }) =>
  r.ok ? 'ok' : (r.error as { rule?: string }).rule;

describe('editing a lead', () => {
  it('changes the fields sent and leaves the rest', () => {
    const edited = editLead(leadFixture(), { phone: '+48 600 100 200' });
    expect(edited.ok && edited.value.phone).toBe('+48 600 100 200');
    expect(edited.ok && edited.value.email).toBe('zofia.w@example.pl');
  });

  it('moves between new and working', () => {
    const started = editLead(leadFixture({ status: 'new' }), { status: 'working' });
    expect(started.ok && started.value.status).toBe('working');
  });

  it('refuses a qualified, archived or anonymized lead', () => {
    expect(ruleOf(editLead(leadFixture({ status: 'qualified' }), { company: 'X' }))).toBe(
      'lead_qualified',
    );
    expect(ruleOf(editLead(leadFixture({ archived: true }), { company: 'X' }))).toBe(
      'lead_archived',
    );
    expect(
      ruleOf(editLead(leadFixture({ anonymizedAt: '2026-01-02T00:00:00.000Z' }), { company: 'X' })),
    ).toBe('lead_anonymized');
  });

  it('reopens a disqualified lead and forgets the reason', () => {
    const reopened = setOpenStatus(
      leadFixture({ status: 'disqualified', disqualifyReason: 'No budget' }),
      'working',
    );
    expect(reopened.ok && reopened.value).toMatchObject({
      status: 'working',
      disqualifyReason: undefined,
    });
  });

  it('never sends a qualified lead back to an open status', () => {
    expect(ruleOf(setOpenStatus(leadFixture({ status: 'qualified' }), 'new'))).toBe(
      'lead_qualified',
    );
  });
});

describe('disqualifying', () => {
  it('needs a reason', () => {
    expect(ruleOf(markDisqualified(leadFixture(), '   '))).toBe('reason_required');
    const done = markDisqualified(leadFixture(), ' No budget this year ');
    expect(done.ok && done.value).toMatchObject({
      status: 'disqualified',
      disqualifyReason: 'No budget this year',
    });
  });

  it('refuses a lead already disqualified, qualified or archived', () => {
    expect(ruleOf(markDisqualified(leadFixture({ status: 'disqualified' }), 'x'))).toBe(
      'lead_disqualified',
    );
    expect(ruleOf(markDisqualified(leadFixture({ status: 'qualified' }), 'x'))).toBe(
      'lead_qualified',
    );
    expect(ruleOf(markDisqualified(leadFixture({ archived: true }), 'x'))).toBe('lead_archived');
  });
});

describe('archiving', () => {
  it('archives and unarchives; asking twice answers the lead itself', () => {
    const lead = leadFixture();
    const archived = markArchived(lead);
    expect(archived.ok && archived.value.archived).toBe(true);
    const again = archived.ok ? markArchived(archived.value) : archived;
    expect(again.ok && archived.ok && again.value === archived.value).toBe(true);
    const back = archived.ok ? markUnarchived(archived.value) : archived;
    expect(back.ok && back.value.archived).toBe(false);
    const noop = markUnarchived(lead);
    expect(noop.ok && noop.value).toBe(lead);
  });

  it('refuses an anonymized lead', () => {
    const gone = leadFixture({ anonymizedAt: '2026-01-02T00:00:00.000Z' });
    expect(ruleOf(markArchived(gone))).toBe('lead_anonymized');
    expect(ruleOf(markUnarchived(gone))).toBe('lead_anonymized');
  });
});

describe('qualifiable', () => {
  it('is an open lead that is not archived', () => {
    expect(ruleOf(checkQualifiable(leadFixture({ status: 'new' })))).toBe('ok');
    expect(ruleOf(checkQualifiable(leadFixture({ archived: true })))).toBe('lead_archived');
    expect(ruleOf(checkQualifiable(leadFixture({ status: 'qualified' })))).toBe('lead_qualified');
    expect(ruleOf(checkQualifiable(leadFixture({ status: 'disqualified' })))).toBe(
      'lead_disqualified',
    );
  });
});

describe('claiming a lead', () => {
  const unassigned = () => leadFixture({ ownerId: undefined, status: 'new' });
  const at = '2026-03-02T09:00:00.000Z';

  it('makes the claimer the owner of a lead of the free pool, and marks it claimed', () => {
    const claimed = claimedBy(unassigned(), 'u7', at);
    expect(claimed.ok && claimed.value).toMatchObject({
      ownerId: 'u7',
      claimedBy: 'u7',
      claimedAt: at,
    });
  });

  it('accepts a lead assigned to the claimer, leaving it theirs', () => {
    const claimed = claimedBy(leadFixture({ ownerId: 'u7', status: 'new' }), 'u7', at);
    expect(claimed.ok && claimed.value).toMatchObject({ ownerId: 'u7', claimedBy: 'u7' });
  });

  it('refuses a lead someone else owns or claimed, and archived or qualified leads', () => {
    expect(ruleOf(claimedBy(leadFixture({ ownerId: 'u1' }), 'u7', at))).toBe(
      'lead_already_claimed',
    );
    expect(ruleOf(claimedBy({ ...unassigned(), claimedBy: 'u1' }, 'u7', at))).toBe(
      'lead_already_claimed',
    );
    expect(ruleOf(claimedBy({ ...unassigned(), archived: true }, 'u7', at))).toBe('lead_archived');
    expect(ruleOf(claimedBy({ ...unassigned(), status: 'qualified' }, 'u7', at))).toBe(
      'lead_qualified',
    );
  });
});

describe('changing the owner of a claimed lead', () => {
  it('clears the claim, so the new owner is asked to claim it', () => {
    const claimed = leadFixture({
      ownerId: 'u1',
      claimedBy: 'u1',
      claimedAt: '2026-03-02T09:00:00.000Z',
    });
    const edited = editLead(claimed, { ownerId: 'u2' });
    expect(edited.ok && edited.value.claimedBy).toBeUndefined();
    expect(edited.ok && edited.value.claimedAt).toBeUndefined();
    const kept = editLead(claimed, { company: 'Contoso' });
    expect(kept.ok && kept.value.claimedBy).toBe('u1');
  });
});
