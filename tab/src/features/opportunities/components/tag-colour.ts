/** The palette tag chips are drawn from; each pair is readable in every Teams theme. */
export const TAG_COLOURS = [
  'berry',
  'teal',
  'marigold',
  'lavender',
  'cornflower',
  'lightGreen',
  'peach',
  'steel',
] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

/** A tag keeps its colour everywhere: picked from its name, case-blind. */
export function tagColour(tag: string): TagColour {
  let hash = 2166136261;
  for (const char of tag.toLowerCase()) {
    hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  }
  return TAG_COLOURS[hash % TAG_COLOURS.length]!;
}
