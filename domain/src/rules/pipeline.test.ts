import { describe, expect, it } from 'vitest';
import type { PipelineInput } from '../model/pipeline';
import { opportunityFixture, partnerPipeline, salesPipeline } from '../testing';
import {
  checkStageChanges,
  entryStage,
  mapStage,
  moveStage,
  probabilityHints,
  validatePipeline,
} from './pipeline';

const sales = salesPipeline;
const partners = partnerPipeline;
const opportunity = opportunityFixture;

const input = (stages: PipelineInput['stages']): PipelineInput => ({ name: ' Sales ', stages });
let n = 0;
const newId = () => `new-${++n}`;

describe('pipeline definitions', () => {
  it('accepts open, won and lost stages, keeps their order and gives new stages ids', () => {
    const result = validatePipeline(
      input([
        { name: 'Qualify', kind: 'open', probability: 10 },
        { id: 'keep-me', name: 'Propose', kind: 'open', probability: 40 },
        { name: 'Won', kind: 'won', probability: 100 },
        { name: 'Lost', kind: 'lost', probability: 0 },
      ]),
      newId,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Sales');
    expect(result.value.stages.map((s) => s.name)).toEqual(['Qualify', 'Propose', 'Won', 'Lost']);
    expect(result.value.stages[1]!.id).toBe('keep-me');
    expect(result.value.stages[0]!.id).toMatch(/^new-/);
  });

  it('refuses a pipeline without an open, a won or a lost stage and says which is missing', () => {
    const result = validatePipeline(
      input([
        { name: 'A', kind: 'won', probability: 100 },
        { name: 'B', kind: 'won', probability: 100 },
        { name: 'C', kind: 'won', probability: 100 },
      ]),
      newId,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    expect(result.error.message).toContain('at least one open stage');
    expect(result.error.message).toContain('at least one lost stage');
    expect(result.error.message).not.toContain('won stage');
  });

  it('allows several won and several lost stages', () => {
    const result = validatePipeline(
      input([
        { name: 'Open', kind: 'open', probability: 30 },
        { name: 'Won – signed', kind: 'won', probability: 100 },
        { name: 'Won – verbal', kind: 'won', probability: 100 },
        { name: 'Lost – price', kind: 'lost', probability: 0 },
        { name: 'Lost – timing', kind: 'lost', probability: 0 },
      ]),
      newId,
    );
    expect(result.ok).toBe(true);
  });

  it('refuses duplicate stage names ignoring case, pointing at the second one', () => {
    const result = validatePipeline(
      input([
        { name: 'Demo', kind: 'open', probability: 30 },
        { name: 'demo ', kind: 'open', probability: 40 },
        { name: 'Won', kind: 'won', probability: 100 },
        { name: 'Lost', kind: 'lost', probability: 0 },
      ]),
      newId,
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'validation') return;
    expect(result.error.fields).toEqual([
      {
        path: 'stages.1.name',
        message: '"demo " is already the name of stage 1',
        code: 'field.stage_name_taken',
        params: { name: 'demo ', position: 1 },
      },
    ]);
  });

  it('refuses probabilities outside 0–100 and duplicate stage ids', () => {
    const result = validatePipeline(
      input([
        { id: 'same', name: 'A', kind: 'open', probability: 120 },
        { id: 'same', name: 'B', kind: 'open', probability: -1 },
        { name: 'Won', kind: 'won', probability: 100 },
        { name: 'Lost', kind: 'lost', probability: 0 },
      ]),
      newId,
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'validation') return;
    expect(result.error.fields.map((f) => f.path)).toEqual([
      'stages.0.probability',
      'stages.1.probability',
      'stages.1.id',
    ]);
  });

  it('hints (without refusing) that won stages say 100 % and lost ones 0 %', () => {
    expect(
      probabilityHints([
        { kind: 'open', probability: 35 },
        { kind: 'won', probability: 90 },
        { kind: 'lost', probability: 5 },
        { kind: 'won', probability: 100 },
      ]).map((h) => h.path),
    ).toEqual(['stages.1.probability', 'stages.2.probability']);
  });

  it('refuses removing a stage that still holds deals, or changing its kind', () => {
    const counts: Record<string, number> = { 'p1-proposal': 3, 'p1-negotiation': 1 };
    const withoutProposal = sales.stages.filter((s) => s.id !== 'p1-proposal');
    const removed = checkStageChanges(sales, withoutProposal, (id) => counts[id] ?? 0);
    expect(removed.ok).toBe(false);
    if (!removed.ok) expect(removed.error.message).toContain('"Proposal" still holds 3 deal(s)');

    const kindChanged = sales.stages.map((s) =>
      s.id === 'p1-negotiation' ? { ...s, kind: 'won' as const } : s,
    );
    const changed = checkStageChanges(sales, kindChanged, (id) => counts[id] ?? 0);
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.error.message).toContain('its kind cannot change');

    const emptyRemoved = sales.stages.filter((s) => s.id !== 'p1-lead in');
    expect(checkStageChanges(sales, emptyRemoved, (id) => counts[id] ?? 0).ok).toBe(true);
  });
});

describe('stage moves', () => {
  it('moves an open deal to another open stage and takes that stage’s probability', () => {
    const moved = moveStage(opportunity(), sales, 'p1-negotiation');
    expect(moved.ok && moved.value).toMatchObject({ stageId: 'p1-negotiation', probability: 80 });
  });

  it('refuses a stage from another pipeline', () => {
    const moved = moveStage(opportunity(), sales, 'p2-intro');
    expect(moved.ok).toBe(false);
    if (!moved.ok) {
      expect(moved.error).toMatchObject({ kind: 'rule', rule: 'stage_not_in_pipeline' });
      expect(moved.error.message).toContain('only within its own pipeline');
    }
  });

  it('refuses a pipeline that is not the deal’s own', () => {
    const moved = moveStage(opportunity(), partners, 'p2-intro');
    expect(!moved.ok && moved.error).toMatchObject({ rule: 'stage_not_in_pipeline' });
  });

  it('refuses dragging into a won or lost stage: that is closing, with a reason', () => {
    for (const stageId of ['p1-won', 'p1-lost']) {
      const moved = moveStage(opportunity(), sales, stageId);
      expect(!moved.ok && moved.error).toMatchObject({ rule: 'close_through_closing' });
    }
  });

  it('refuses moving a won and locked deal', () => {
    const won = opportunity({
      status: 'won',
      stageId: 'p1-won',
      locked: true,
      closeReason: 'Signed',
    });
    const moved = moveStage(won, sales, 'p1-proposal');
    expect(!moved.ok && moved.error).toMatchObject({
      rule: 'opportunity_locked',
      message: 'this opportunity is won and locked',
    });
  });

  it('reopens a lost deal moved back to an open stage', () => {
    const lost = opportunity({
      status: 'lost',
      stageId: 'p1-lost',
      probability: 0,
      closeReason: 'Budget cut',
      closedAt: '2026-02-01T00:00:00.000Z',
    });
    const moved = moveStage(lost, sales, 'p1-proposal');
    expect(moved.ok && moved.value).toMatchObject({
      status: 'open',
      stageId: 'p1-proposal',
      probability: 50,
      closeReason: undefined,
      closedAt: undefined,
    });
  });

  it('answers the deal itself when it is already in that stage', () => {
    const current = opportunity();
    const moved = moveStage(current, sales, 'p1-lead in');
    expect(moved.ok && moved.value).toBe(current);
  });
});

describe('entering a pipeline', () => {
  it('starts in the first open stage unless a stage is asked for', () => {
    expect(entryStage(sales)).toMatchObject({ ok: true, value: { id: 'p1-lead in' } });
    expect(entryStage(sales, 'p1-proposal')).toMatchObject({
      ok: true,
      value: { id: 'p1-proposal' },
    });
  });

  it('refuses starting in a closed stage or a stage of another pipeline', () => {
    expect(entryStage(sales, 'p1-won')).toMatchObject({
      ok: false,
      error: { rule: 'close_through_closing' },
    });
    expect(entryStage(sales, 'p2-intro')).toMatchObject({
      ok: false,
      error: { rule: 'stage_not_in_pipeline' },
    });
  });

  it('maps a stage to the other pipeline by name, else the first stage of its kind', () => {
    expect(mapStage(sales, 'p1-negotiation', partners)?.id).toBe('p2-negotiation');
    expect(mapStage(sales, 'p1-proposal', partners)?.id).toBe('p2-intro');
    expect(mapStage(sales, 'p1-lost', partners)?.id).toBe('p2-dropped');
  });
});
