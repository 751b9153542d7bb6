import { describe, expect, it } from 'vitest';
import { pickMember, type WeightedMember } from './round-robin';

const team: WeightedMember[] = [
  { userId: 'anna', weight: 1 },
  { userId: 'bartek', weight: 1 },
  { userId: 'cezary', weight: 2 },
];

const everyone = () => true;

/** Deals tickets `from`..`to - 1` and counts what each member got. */
function deal(
  members: readonly WeightedMember[],
  from: number,
  to: number,
  isAvailable: (userId: string) => boolean = everyone,
) {
  const counts = new Map<string, number>(members.map((m) => [m.userId, 0]));
  for (let ticket = from; ticket < to; ticket += 1) {
    const member = pickMember(members, ticket, isAvailable);
    if (member) counts.set(member.userId, counts.get(member.userId)! + 1);
  }
  return counts;
}

/** How far each member's count is from tickets × weight / total weight of those taking part. */
function deviations(counts: Map<string, number>, members: readonly WeightedMember[]) {
  const tickets = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const total = members.reduce((sum, m) => sum + m.weight, 0);
  return members.map((m) => Math.abs(counts.get(m.userId)! - (tickets * m.weight) / total));
}

describe('weighted round-robin', () => {
  it('interleaves the members instead of giving one a run of leads', () => {
    const order = [0, 1, 2, 3, 4, 5, 6, 7].map((t) => pickMember(team, t, everyone)!.userId);
    expect(order).toEqual([
      'cezary',
      'anna',
      'bartek',
      'cezary',
      'cezary',
      'anna',
      'bartek',
      'cezary',
    ]);
  });

  it('gives the same member for the same ticket, whoever asks and when', () => {
    const first = [...Array(50).keys()].map((t) => pickMember(team, t, everyone)!.userId);
    const again = [...Array(50).keys()].map((t) => pickMember([...team], t, everyone)!.userId);
    expect(again).toEqual(first);
  });

  it('lands 10,000 tickets at weights 1 / 1 / 2 within ±1 of the target, at every step', () => {
    const counts = new Map(team.map((m) => [m.userId, 0]));
    let worst = 0;
    for (let ticket = 0; ticket < 10_000; ticket += 1) {
      const member = pickMember(team, ticket, everyone)!;
      counts.set(member.userId, counts.get(member.userId)! + 1);
      worst = Math.max(worst, ...deviations(counts, team));
    }
    expect(Object.fromEntries(counts)).toEqual({ anna: 2500, bartek: 2500, cezary: 5000 });
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('stays within ±1 at every step for uneven weights too', () => {
    const uneven = [8, 99, 78, 1, 1, 37].map((weight, i) => ({ userId: `u${i}`, weight }));
    const cycle = uneven.reduce((sum, m) => sum + m.weight, 0);
    const counts = new Map(uneven.map((m) => [m.userId, 0]));
    let worst = 0;
    for (let ticket = 0; ticket < 2 * cycle; ticket += 1) {
      const member = pickMember(uneven, ticket, everyone)!;
      counts.set(member.userId, counts.get(member.userId)! + 1);
      worst = Math.max(worst, ...deviations(counts, uneven));
    }
    expect(worst).toBeLessThan(1);
  });

  it('skips a member who is out midway, the others keeping their weights, then takes them back', () => {
    const bartekOut = (userId: string) => userId !== 'bartek';
    const before = deal(team, 0, 4_000);
    const during = deal(team, 4_000, 7_001, bartekOut);
    const after = deal(team, 7_001, 10_000);

    expect(during.get('bartek')).toBe(0);
    const stillIn = team.filter((m) => m.userId !== 'bartek');
    expect(Math.max(...deviations(during, stillIn))).toBeLessThanOrEqual(1);
    expect(Math.max(...deviations(before, team))).toBeLessThanOrEqual(1);
    expect(Math.max(...deviations(after, team))).toBeLessThanOrEqual(1);
  });

  it('finds nobody when no member is available', () => {
    expect(pickMember(team, 7, () => false)).toBeUndefined();
    expect(pickMember([], 7, everyone)).toBeUndefined();
  });

  it('refuses a ticket that is not a whole number', () => {
    expect(() => pickMember(team, 1.5, everyone)).toThrow(RangeError);
  });
});
