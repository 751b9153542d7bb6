import { describe, expect, it } from 'vitest';
import { PostSaleTemplates, type TaskTemplateStep } from '../model/task-template';
import { planTemplate, postSaleRunKey, postSaleTemplateIds } from './task-templates';

const onboarding: { steps: TaskTemplateStep[] } = {
  steps: [
    { typeId: 'email', title: 'Send the welcome pack', delayDays: 0, time: '09:30' },
    {
      typeId: 'call',
      title: 'Check they got it',
      delayDays: 2,
      time: '14:00',
      durationMinutes: 15,
    },
    { typeId: 'offer', title: 'Propose the annual plan', delayDays: 5 },
  ],
};

// Friday 27 November 2026, 16:00 in Warsaw.
const run = {
  anchor: '2026-11-27T15:00:00Z',
  timeZone: 'Europe/Warsaw',
  assigneeId: 'seller-1',
  runKey: 'apply/3f1e2a4c-1111-4d2e-9c3b-2a1b4c6e1000',
};

describe('planning a task template', () => {
  it('plans each step the given working days after the day it is applied, not after the step before', () => {
    const planned = planTemplate(onboarding, run);
    expect(
      planned.map(({ typeId, title, dueAt, allDay }) => ({ typeId, title, dueAt, allDay })),
    ).toEqual([
      // Friday + 0 is that Friday, at 09:30 local even though it is already 16:00.
      {
        typeId: 'email',
        title: 'Send the welcome pack',
        dueAt: '2026-11-27T08:30:00.000Z',
        allDay: false,
      },
      // Friday + 2 is Tuesday.
      {
        typeId: 'call',
        title: 'Check they got it',
        dueAt: '2026-12-01T13:00:00.000Z',
        allDay: false,
      },
      // Friday + 5 is the next Friday, all day from local midnight.
      {
        typeId: 'offer',
        title: 'Propose the annual plan',
        dueAt: '2026-12-03T23:00:00.000Z',
        allDay: true,
      },
    ]);
  });

  it('assigns every task to the assignee and keeps a step’s duration', () => {
    const planned = planTemplate(onboarding, run);
    expect(planned.every((task) => task.assigneeId === 'seller-1')).toBe(true);
    expect(planned.map((task) => task.durationMinutes)).toEqual([undefined, 15, undefined]);
  });

  it('computes the dates in the assignee’s time zone', () => {
    const inTokyo = planTemplate(onboarding, { ...run, timeZone: 'Asia/Tokyo' });
    // 15:00 UTC on Friday is already Saturday 00:00 in Tokyo: + 0 is Monday.
    expect(inTokyo[0]!.dueAt).toBe('2026-11-30T00:30:00.000Z');
  });

  it('plans the same ids for the same run, so applying it twice creates nothing new', () => {
    const first = planTemplate(onboarding, run);
    const again = planTemplate(onboarding, { ...run, anchor: '2026-11-30T08:00:00Z' });
    expect(again.map((task) => task.id)).toEqual(first.map((task) => task.id));
    expect(new Set(first.map((task) => task.id)).size).toBe(3);
    expect(first.every((task) => task.templateRunId === run.runKey)).toBe(true);
  });

  it('plans new ids for another run of the same template', () => {
    const first = planTemplate(onboarding, run);
    const second = planTemplate(onboarding, { ...run, runKey: `${run.runKey}-again` });
    const firstIds = new Set(first.map((task) => task.id));
    expect(second.some((task) => firstIds.has(task.id))).toBe(false);
  });

  it('refuses an empty or overlong run key', () => {
    expect(() => planTemplate(onboarding, { ...run, runKey: '' })).toThrow(RangeError);
    expect(() => planTemplate(onboarding, { ...run, runKey: 'k'.repeat(201) })).toThrow(RangeError);
  });
});

describe('post-sale templates', () => {
  const loyalty = '7d3c1a2b-0000-4000-8000-000000000001';
  const crossSell = '7d3c1a2b-0000-4000-8000-000000000002';
  const winBack = '7d3c1a2b-0000-4000-8000-000000000003';
  const postSale = PostSaleTemplates.parse({ won: [loyalty, crossSell], lost: [winBack] });

  it('applies the won ones on a win and the lost ones on a loss', () => {
    expect(postSaleTemplateIds(postSale, 'won')).toEqual([loyalty, crossSell]);
    expect(postSaleTemplateIds(postSale, 'lost')).toEqual([winBack]);
    expect(postSaleTemplateIds(undefined, 'won')).toEqual([]);
  });

  it('plans the same tasks when the same deal is won again after an unlock', () => {
    const opportunityId = '0b6e2f4a-2222-4e3f-8a1b-3c4d5e6f7000';
    const plan = (anchor: string) =>
      planTemplate(onboarding, {
        ...run,
        anchor,
        runKey: postSaleRunKey(opportunityId, 'won', loyalty),
      }).map((task) => task.id);
    expect(plan('2026-12-07T10:00:00Z')).toEqual(plan('2026-11-27T15:00:00Z'));
    expect(postSaleRunKey(opportunityId, 'lost', loyalty)).not.toBe(
      postSaleRunKey(opportunityId, 'won', loyalty),
    );
  });
});
