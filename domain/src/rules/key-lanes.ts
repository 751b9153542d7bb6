/**
 * Splits rows into at most `count` lanes such that no two lanes hold rows sharing a key: each
 * group of rows linked by shared keys (directly or through other rows) stays in one lane, in
 * file order, and each group goes to the lane with the fewest rows so far. Answers each lane's
 * row indexes; writes in different lanes never touch the same key document.
 */
export function lanesOf(rows: readonly { keys: readonly string[] }[], count: number): number[][] {
  const parent = rows.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]!]!;
      at = parent[at]!;
    }
    return at;
  };
  const firstWithKey = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const key of row.keys) {
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, index);
      else parent[root(index)] = root(first);
    }
  });
  const groups = new Map<number, number[]>();
  rows.forEach((_, index) => {
    const group = groups.get(root(index));
    if (group) group.push(index);
    else groups.set(root(index), [index]);
  });
  const lanes: number[][] = Array.from({ length: Math.max(1, count) }, () => []);
  for (const group of groups.values()) {
    const lightest = lanes.reduce((least, lane) => (lane.length < least.length ? lane : least));
    lightest.push(...group);
  }
  return lanes.filter((lane) => lane.length > 0);
}
