import { describe, expect, it } from 'vitest';
import { TAG_COLOURS, tagColour } from './tag-colour';

describe('tagColour', () => {
  it('gives a tag the same colour whatever its case', () => {
    expect(tagColour('Renewal')).toBe(tagColour('renewal'));
  });

  it('spreads different tags over the palette', () => {
    const tags = ['renewal', 'upsell', 'partner', 'public sector', 'q4', 'pilot', 'urgent', 'vip'];
    expect(new Set(tags.map(tagColour)).size).toBeGreaterThan(TAG_COLOURS.length / 2);
  });
});
