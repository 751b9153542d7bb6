import { de } from '@channel-crm/domain/error-texts/de';
import { en } from '@channel-crm/domain/error-texts/en';
import { describe, expect, it } from 'vitest';
import { translateKey } from './error-text';

describe('an error key the API answered', () => {
  it('reads in the user’s language, with its parameters filled in', () => {
    expect(translateKey(de, { code: 'opportunity_locked', params: {} })).toBe(
      'Dieser Deal ist gewonnen und gesperrt.',
    );
    expect(translateKey(de, { code: 'field.too_short', params: { minimum: 3 } })).toBe(
      'Mindestens 3 Zeichen.',
    );
    expect(translateKey(en, { code: 'too_many_accounts', params: { max: 5 } })).toBe(
      'A deal links at most 5 accounts; unlink one first.',
    );
  });

  it('is left to the fallback for a key the tab does not know, or before the texts load', () => {
    expect(translateKey(de, { code: 'from_a_newer_api', params: {} })).toBeUndefined();
    expect(translateKey(de, {})).toBeUndefined();
    expect(translateKey(undefined, { code: 'opportunity_locked', params: {} })).toBeUndefined();
  });
});
