import { describe, expect, it } from 'vitest';
import { assertEditable, applyClose, applyUnlock } from './closing';
import {
  opportunityFixture as anOpportunity,
  partnerPipeline,
  salesPipeline as sales,
} from '../testing';

const now = '2026-03-01T10:00:00.000Z';

describe('closing a deal', () => {
  it('marks it won in the won stage, with its reason and date, and locks it', () => {
    const won = applyClose(anOpportunity(), sales, { outcome: 'won', reason: ' Best price ' }, now);
    expect(won.ok && won.value).toMatchObject({
      status: 'won',
      stageId: 'p1-won',
      probability: 100,
      closeReason: 'Best price',
      closedAt: now,
      locked: true,
    });
  });

  it('marks it lost without locking it', () => {
    const lost = applyClose(anOpportunity(), sales, { outcome: 'lost', reason: 'No budget' }, now);
    expect(lost.ok && lost.value).toMatchObject({
      status: 'lost',
      stageId: 'p1-lost',
      locked: false,
    });
  });

  it('refuses lost (or won) without a reason and says the reason is missing', () => {
    for (const reason of [undefined, '', '   ']) {
      const lost = applyClose(anOpportunity(), sales, { outcome: 'lost', reason }, now);
      expect(lost.ok).toBe(false);
      if (lost.ok || lost.error.kind !== 'validation') throw new Error('expected a refusal');
      expect(lost.error.fields).toEqual([
        {
          path: 'reason',
          message: 'A reason is required to mark the opportunity lost',
          code: 'field.reason_required',
          params: {},
        },
      ]);
    }
    const won = applyClose(anOpportunity(), sales, { outcome: 'won' }, now);
    expect(!won.ok && won.error.message).toContain('required to mark the opportunity won');
  });

  it('lands in the won or lost stage asked for, refusing one of the wrong kind or pipeline', () => {
    const multi = {
      ...sales,
      stages: [
        ...sales.stages,
        { id: 'p1-lost-timing', name: 'Timing', kind: 'lost' as const, probability: 0 },
      ],
    };
    const timing = applyClose(
      anOpportunity(),
      multi,
      { outcome: 'lost', reason: 'Later', stageId: 'p1-lost-timing' },
      now,
    );
    expect(timing.ok && timing.value.stageId).toBe('p1-lost-timing');

    const wrongKind = applyClose(
      anOpportunity(),
      sales,
      { outcome: 'won', reason: 'x', stageId: 'p1-lost' },
      now,
    );
    expect(!wrongKind.ok && wrongKind.error).toMatchObject({ rule: 'stage_kind_mismatch' });

    const otherPipeline = applyClose(
      anOpportunity(),
      sales,
      { outcome: 'won', reason: 'x', stageId: 'p2-signed' },
      now,
    );
    expect(!otherPipeline.ok && otherPipeline.error).toMatchObject({
      rule: 'stage_not_in_pipeline',
    });

    const notItsPipeline = applyClose(
      anOpportunity(),
      partnerPipeline,
      { outcome: 'won', reason: 'x' },
      now,
    );
    expect(!notItsPipeline.ok && notItsPipeline.error).toMatchObject({
      rule: 'stage_not_in_pipeline',
    });
  });

  it('lets a lost deal be won after all', () => {
    const lost = anOpportunity({ status: 'lost', stageId: 'p1-lost', closeReason: 'No budget' });
    const won = applyClose(lost, sales, { outcome: 'won', reason: 'Budget found' }, now);
    expect(won.ok && won.value).toMatchObject({
      status: 'won',
      locked: true,
      closeReason: 'Budget found',
    });
  });
});

describe('the lock of a won deal', () => {
  const locked = anOpportunity({
    status: 'won',
    stageId: 'p1-won',
    locked: true,
    closeReason: 'Signed',
  });

  it('refuses edits with "this opportunity is won and locked"', () => {
    expect(assertEditable(locked)).toEqual({
      ok: false,
      error: {
        kind: 'rule',
        rule: 'opportunity_locked',
        message: 'this opportunity is won and locked',
        code: 'opportunity_locked',
        params: {},
      },
    });
    expect(assertEditable(anOpportunity()).ok).toBe(true);
  });

  it('refuses closing it again while locked', () => {
    const lost = applyClose(locked, sales, { outcome: 'lost', reason: 'Cancelled' }, now);
    expect(!lost.ok && lost.error).toMatchObject({ rule: 'opportunity_locked' });
  });

  it('unlocks to an editable deal that stays won', () => {
    const unlocked = applyUnlock(locked);
    expect(unlocked.ok && unlocked.value).toMatchObject({ status: 'won', locked: false });
    if (unlocked.ok) expect(assertEditable(unlocked.value).ok).toBe(true);
  });

  it('answers an unlocked deal itself when asked to unlock it again', () => {
    const open = anOpportunity();
    const unlocked = applyUnlock(open);
    expect(unlocked.ok && unlocked.value).toBe(open);
  });
});
