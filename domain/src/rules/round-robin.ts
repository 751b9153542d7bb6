/** A team member as round-robin needs one: who, and their relative weight (1..100). */
export type WeightedMember = { userId: string; weight: number };

/**
 * Weighted round-robin, deterministic in a ticket number.
 *
 * The store keeps one counter per team and draws ticket `n` by incrementing it with an
 * etag-guarded write, so every API instance, restart and concurrent arrival gets its own
 * ticket. This function turns a ticket into a member without any other state:
 *
 * 1. Only the available members take part, in the team's order, with their own weights; the
 *    cycle is `W` = the sum of their weights tickets long, and the ticket's position in it is
 *    `n mod W`.
 * 2. The cycle gives member `i` exactly `wᵢ` tickets, spread out: slot `t` (1-based) goes to
 *    the member whose next ticket is due soonest — member `i`'s `k`-th ticket is due by slot
 *    `⌈k·W/wᵢ⌉` — among those still below their quota `t·wᵢ/W`. Ties go to the member furthest
 *    behind (`t·wᵢ − W·countᵢ`), then to the earlier in the team.
 *
 * This earliest-due-first order keeps every member's count within ±1 of `t·wᵢ/W` after any
 * `t` tickets counted from the start of a cycle (so over `N` tickets from counter 0 each
 * member gets `N·wᵢ/W` ± 1), and interleaves the members: weights 1/1/2 give C, A, B, C, not
 * A, B, C, C. When members leave or come back, `W` changes and the count continues from where
 * the ticket falls in the new cycle, so the others keep their relative weights.
 */
export function pickMember<M extends WeightedMember>(
  members: readonly M[],
  counter: number,
  isAvailable: (userId: string) => boolean,
): M | undefined {
  if (!Number.isSafeInteger(counter))
    throw new RangeError(`A ticket is a whole number: ${counter}`);
  const taking = members.filter((member) => member.weight > 0 && isAvailable(member.userId));
  const cycle = taking.reduce((sum, member) => sum + member.weight, 0);
  if (cycle === 0) return undefined;
  const position = ((counter % cycle) + cycle) % cycle;
  const counts = taking.map(() => 0);
  let chosen = 0;
  for (let slot = 1; slot <= position + 1; slot += 1) {
    chosen = nextInCycle(taking, counts, slot, cycle);
    counts[chosen] = counts[chosen]! + 1;
  }
  return taking[chosen];
}

function nextInCycle(
  members: readonly WeightedMember[],
  counts: readonly number[],
  slot: number,
  cycle: number,
): number {
  let best = -1;
  let bestDue = Infinity;
  let bestLag = -Infinity;
  members.forEach(({ weight }, index) => {
    const count = counts[index]!;
    if (count * cycle >= slot * weight) return;
    const due = Math.ceil(((count + 1) * cycle) / weight);
    const lag = slot * weight - count * cycle;
    if (due < bestDue || (due === bestDue && lag > bestLag)) {
      best = index;
      bestDue = due;
      bestLag = lag;
    }
  });
  return best;
}
