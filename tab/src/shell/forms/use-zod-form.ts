import { useState } from 'react';
import type { z } from 'zod';
import { isApiError } from '../api-error';
import { useFieldErrorText } from './field-error-text';

/** The text shown under each field, keyed by path (`amount.amount`, `email` …). */
export type FieldErrors = Record<string, string>;

/** Text inputs hold strings; an empty one means "not given". */
export function compact(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  );
}

/**
 * Form state validated with a domain zod schema: errors per field on submit, and the API's
 * 400 `errors[]` mapped onto the same fields.
 */
export function useZodForm<S extends z.ZodType>(
  schema: S,
  initial: Record<string, string>,
  toInput: (values: Record<string, string>) => unknown = compact,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = useFieldErrorText();

  const set = (name: string) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [name]: _removed, ...rest }) => rest);
  };

  /** The parsed input, or undefined after showing the errors. */
  const validate = (): z.output<S> | undefined => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) return parsed.data;
    setErrors(fieldErrors.fromIssues(parsed.error.issues));
    return undefined;
  };

  const showServerErrors = (error: unknown): boolean => {
    if (!isApiError(error) || error.kind !== 'validation') return false;
    const shown = fieldErrors.fromProblem(error);
    setErrors(shown);
    return Object.keys(shown).length > 0;
  };

  return {
    values,
    setValues,
    set,
    errors,
    validate,
    showServerErrors,
    reset: () => setValues(initial),
  };
}
