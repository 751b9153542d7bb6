import { describe, expect, it } from 'vitest';
import { idFromName } from './TaskOrderList';

describe("a new task type's id", () => {
  it('is its name in lower-case letters, digits and underscores, accents dropped', () => {
    expect(idFromName('Follow-up call', [])).toBe('follow_up_call');
    expect(idFromName('Réunion client', [])).toBe('reunion_client');
  });

  it('never repeats an id already taken', () => {
    expect(idFromName('Visit', ['visit', 'visit_2'])).toBe('visit_3');
  });

  it('is still an id when the name has no letter or digit', () => {
    expect(idFromName('—', [])).toBe('type');
  });
});
