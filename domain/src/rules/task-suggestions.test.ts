import { describe, expect, it } from 'vitest';
import type { SuggestionRule } from '../model/task-template';
import { suggestNext, type SuggestableType } from './task-suggestions';

const types: SuggestableType[] = [
  { id: 'email', name: 'E-mail', active: true },
  { id: 'call', name: 'Call', active: true },
  { id: 'meeting', name: 'Meeting', active: true },
  { id: 'offer', name: 'Offer', active: false },
];

const rule = (id: number, fields: Omit<SuggestionRule, 'id'>): SuggestionRule => ({
  id: `5a1b2c3d-0000-4000-8000-00000000000${id}`,
  ...fields,
});

// Friday 27 November 2026, 16:00 in Warsaw.
const context = { now: '2026-11-27T15:00:00Z', timeZone: 'Europe/Warsaw', types };

describe('suggesting the next task on completing one', () => {
  it('proposes a call two working days after an e-mail, at the rule’s time', () => {
    const rules = [
      rule(1, {
        afterTypeId: 'email',
        suggestTypeId: 'call',
        delayDays: 2,
        time: '10:00',
        title: 'Follow up the e-mail',
      }),
    ];
    expect(suggestNext({ typeId: 'email' }, rules, context)).toEqual({
      ruleId: rules[0]!.id,
      typeId: 'call',
      title: 'Follow up the e-mail',
      dueAt: '2026-12-01T09:00:00.000Z',
      allDay: false,
    });
  });

  it('titles the task after its type and makes it all day when the rule sets neither', () => {
    const rules = [rule(1, { afterTypeId: 'call', suggestTypeId: 'meeting', delayDays: 1 })];
    expect(suggestNext({ typeId: 'call' }, rules, context)).toMatchObject({
      title: 'Meeting',
      dueAt: '2026-11-29T23:00:00.000Z',
      allDay: true,
    });
  });

  it('follows the first matching rule in the admin’s order', () => {
    const rules = [
      rule(1, { afterTypeId: 'call', suggestTypeId: 'email', delayDays: 0 }),
      rule(2, { afterTypeId: 'email', suggestTypeId: 'meeting', delayDays: 3 }),
      rule(3, { afterTypeId: 'email', suggestTypeId: 'call', delayDays: 1 }),
    ];
    expect(suggestNext({ typeId: 'email' }, rules, context)).toMatchObject({
      ruleId: rules[1]!.id,
      typeId: 'meeting',
    });
    expect(suggestNext({ typeId: 'email' }, rules.slice(2), context)?.typeId).toBe('call');
  });

  it('skips a rule proposing a deactivated or unknown type and takes the next one', () => {
    const rules = [
      rule(1, { afterTypeId: 'email', suggestTypeId: 'offer', delayDays: 1 }),
      rule(2, { afterTypeId: 'email', suggestTypeId: 'webinar', delayDays: 1 }),
      rule(3, { afterTypeId: 'email', suggestTypeId: 'call', delayDays: 1 }),
    ];
    expect(suggestNext({ typeId: 'email' }, rules, context)?.ruleId).toBe(rules[2]!.id);
    expect(suggestNext({ typeId: 'email' }, rules.slice(0, 2), context)).toBeUndefined();
  });

  it('still follows up a completed task whose own type has since been deactivated', () => {
    const rules = [rule(1, { afterTypeId: 'offer', suggestTypeId: 'call', delayDays: 1 })];
    expect(suggestNext({ typeId: 'offer' }, rules, context)?.typeId).toBe('call');
  });

  it('proposes nothing when no rule follows the completed type', () => {
    const rules = [rule(1, { afterTypeId: 'meeting', suggestTypeId: 'email', delayDays: 0 })];
    expect(suggestNext({ typeId: 'call' }, rules, context)).toBeUndefined();
    expect(suggestNext({ typeId: 'call' }, [], context)).toBeUndefined();
  });
});
