import { describe, expect, it } from 'vitest';
import { parseNewLead } from './new-lead';

describe('new lead’s words', () => {
  it('take the company after a comma, else the last word', () => {
    expect(parseNewLead(' Ana Maria Pop, Contoso Ltd ')).toEqual({
      firstName: 'Ana Maria',
      lastName: 'Pop',
      company: 'Contoso Ltd',
    });
    expect(parseNewLead('Ana Pop Contoso')).toEqual({
      firstName: 'Ana',
      lastName: 'Pop',
      company: 'Contoso',
    });
  });

  it('take a name alone as the last name, without a company', () => {
    expect(parseNewLead('Pop')).toEqual({ lastName: 'Pop' });
    expect(parseNewLead('Pop,')).toEqual({ lastName: 'Pop' });
  });

  it('find no lead without a name', () => {
    for (const text of ['', '   ', ', Contoso']) expect(parseNewLead(text), text).toBeUndefined();
  });
});
