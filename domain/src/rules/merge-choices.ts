type Choice = 'survivor' | 'merged' | undefined;

export const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

/**
 * The survivor with, for each mergeable field, the merged record's value where the user chose
 * it, or where nothing was chosen and the survivor's value is blank.
 */
export function withChosenValues<T extends object>(
  survivor: T,
  merged: T,
  fields: readonly (keyof T & string)[],
  choices: Partial<Record<string, Choice>>,
): T {
  const next = { ...survivor };
  for (const field of fields) {
    const blank = (survivor[field] ?? '') === '';
    const takeMerged = choices[field] === 'merged' || (choices[field] === undefined && blank);
    if (takeMerged) next[field] = merged[field];
  }
  return next;
}
