import { describe, expect, it } from 'vitest';
import { suggestionOf } from './tasks-api';

describe('the suggested next task after a completion', () => {
  it('is read from the answer when the API proposes one', () => {
    const suggestion = { typeId: 'call', title: 'Call back', dueAt: '2026-12-02T09:00:00.000Z' };
    expect(suggestionOf({ id: 'a', state: 'done', suggestion })).toEqual(suggestion);
  });

  it('is absent when the answer has none or an unreadable one', () => {
    expect(suggestionOf({ id: 'a', state: 'done' })).toBeUndefined();
    expect(suggestionOf({ id: 'a', suggestion: null })).toBeUndefined();
    expect(suggestionOf({ id: 'a', suggestion: { title: 'No type' } })).toBeUndefined();
    expect(suggestionOf(undefined)).toBeUndefined();
  });
});
