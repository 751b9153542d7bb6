import { fieldErrorsOf } from '@channel-crm/domain';
import type { z } from 'zod';
import type { ApiError } from '../api-error';
import { translateKey } from '../error-text';
import { useErrorCatalog } from '../i18n/use-error-catalog';
import type { FieldErrors } from './use-zod-form';

/** Field errors in the user's language, from a schema's issues or from the API's 400 answer. */
export function useFieldErrorText() {
  const catalog = useErrorCatalog();
  return {
    fromIssues(issues: readonly z.core.$ZodIssue[]): FieldErrors {
      const errors: FieldErrors = {};
      for (const field of fieldErrorsOf(issues))
        errors[field.path] ??= translateKey(catalog, field) ?? field.message;
      return errors;
    },
    fromProblem(error: ApiError): FieldErrors {
      return Object.fromEntries(
        (error.problem.errors ?? []).map((e) => [e.path, translateKey(catalog, e) ?? e.reason]),
      );
    },
  };
}
