import { describe, expect, it } from 'vitest';
import { subordinatesOf, wouldCycle, type OrgMember } from './org-chart';

const chart: OrgMember[] = [
  { id: 'ceo', role: 'admin' },
  { id: 'director', role: 'manager', supervisorId: 'ceo' },
  { id: 'lead', role: 'manager', supervisorId: 'director' },
  { id: 'rep', role: 'seller', supervisorId: 'lead' },
  { id: 'other', role: 'seller', supervisorId: 'ceo' },
];

describe('org chart', () => {
  it('finds everyone below a user, transitively', () => {
    expect(
      subordinatesOf(chart, 'director')
        .map((m) => m.id)
        .sort(),
    ).toEqual(['lead', 'rep']);
    expect(subordinatesOf(chart, 'rep')).toEqual([]);
  });

  it('refuses a supervisor who reports to the user, or the user themself', () => {
    expect(wouldCycle(chart, 'director', 'rep')).toBe(true);
    expect(wouldCycle(chart, 'director', 'director')).toBe(true);
    expect(wouldCycle(chart, 'rep', 'other')).toBe(false);
  });

  it('ends on a chart that already holds a loop', () => {
    const loop: OrgMember[] = [
      { id: 'a', role: 'manager', supervisorId: 'b' },
      { id: 'b', role: 'manager', supervisorId: 'a' },
    ];
    expect(subordinatesOf(loop, 'a').map((m) => m.id)).toEqual(['b']);
  });
});
