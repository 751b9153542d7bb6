import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shell/api-error';
import { userNamedError } from './user-named-error';

const names: Record<string, string> = { 'user-1': 'Élodie Martin' };
const nameOf = (id: string | undefined) => (id ? names[id] : undefined);
const refusal = (user: string) =>
  new ApiError({ status: 422, code: 'user_not_in_space', params: { user } });

describe('an error that names a person', () => {
  it('speaks of a known person by name, keeping the code and status', () => {
    const named = userNamedError(refusal('user-1'), nameOf) as ApiError;
    expect(named.problem).toMatchObject({
      status: 422,
      code: 'user_not_in_space',
      params: { user: 'Élodie Martin' },
    });
    expect(named.kind).toBe('rule');
  });

  it('keeps the id of someone it cannot name, and errors without a person', () => {
    const unknown = refusal('someone-else');
    expect(userNamedError(unknown, nameOf)).toBe(unknown);
    const offline = new Error('offline');
    expect(userNamedError(offline, nameOf)).toBe(offline);
  });
});
