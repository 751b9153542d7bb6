import type { z } from 'zod';
import { isErrorCode, type ErrorCode, type ErrorParams } from './error-codes';
import type { FieldError } from './result';

type Issue = z.core.$ZodIssue;
type Key = { code: ErrorCode; params: ErrorParams };

const FORMAT_KEYS: Partial<Record<string, ErrorCode>> = {
  email: 'field.invalid_email',
  url: 'field.web_url',
};

const bound = (value: number | bigint | Date) =>
  value instanceof Date ? value.toISOString() : Number(value);

function lowerBound(issue: Extract<Issue, { code: 'too_small' }>): Key {
  const params = { minimum: bound(issue.minimum) };
  if (issue.origin === 'string') return { code: 'field.too_short', params };
  if (issue.origin === 'array' || issue.origin === 'set') return { code: 'field.too_few', params };
  return { code: issue.inclusive === false ? 'field.not_above' : 'field.too_small', params };
}

function upperBound(issue: Extract<Issue, { code: 'too_big' }>): Key {
  const params = { maximum: bound(issue.maximum) };
  if (issue.origin === 'string') return { code: 'field.too_long', params };
  if (issue.origin === 'array' || issue.origin === 'set') return { code: 'field.too_many', params };
  return { code: issue.inclusive === false ? 'field.not_below' : 'field.too_big', params };
}

/** The translatable key of a zod issue; a refinement names its own in `params.code`. */
export function issueKey(issue: Issue): Key {
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: issue.message.endsWith('received undefined')
          ? 'field.required'
          : 'field.invalid_type',
        params: {},
      };
    case 'too_small':
      return lowerBound(issue);
    case 'too_big':
      return upperBound(issue);
    case 'invalid_format':
      return { code: FORMAT_KEYS[issue.format] ?? 'field.invalid_format', params: {} };
    case 'invalid_value':
      return { code: 'field.invalid_option', params: {} };
    case 'unrecognized_keys':
      return { code: 'field.unknown_keys', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const code: unknown = issue.params?.code;
      return { code: isErrorCode(code) ? code : 'field.invalid', params: {} };
    }
    default:
      return { code: 'field.invalid', params: {} };
  }
}

/** Zod issues as the domain's field errors, each with its key. */
export const fieldErrorsOf = (issues: readonly Issue[]): FieldError[] =>
  issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    ...issueKey(issue),
  }));
