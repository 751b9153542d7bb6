import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from './field-errors';
import { QualifyLeadInput } from './model/lead';

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return fieldErrorsOf(parsed.error.issues).map(({ path, code, params }) => ({
    path,
    code,
    params,
  }));
};

describe('a field error of a schema', () => {
  const schema = z.object({
    name: z.string().min(2).max(5),
    email: z.email(),
    amount: z.number().positive(),
    tags: z.array(z.string()).max(1),
    kind: z.enum(['a', 'b']),
  });

  it('carries a key and the bound a translation shows', () => {
    expect(
      errorsOf(schema, { name: 'x', email: 'no', amount: 0, tags: ['a', 'b'], kind: 'c' }),
    ).toEqual([
      { path: 'name', code: 'field.too_short', params: { minimum: 2 } },
      { path: 'email', code: 'field.invalid_email', params: {} },
      { path: 'amount', code: 'field.not_above', params: { minimum: 0 } },
      { path: 'tags', code: 'field.too_many', params: { maximum: 1 } },
      { path: 'kind', code: 'field.invalid_option', params: {} },
    ]);
    expect(errorsOf(schema.pick({ name: true }), { name: 'toolong' })).toEqual([
      { path: 'name', code: 'field.too_long', params: { maximum: 5 } },
    ]);
  });

  it('says a missing field is required', () => {
    expect(errorsOf(schema.pick({ name: true }), {})).toEqual([
      { path: 'name', code: 'field.required', params: {} },
    ]);
  });

  it('takes the key a refinement names', () => {
    expect(errorsOf(QualifyLeadInput, {})).toEqual([
      { path: '', code: 'field.qualify_target', params: {} },
    ]);
  });
});
