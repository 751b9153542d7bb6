import { issueKey } from '@channel-crm/domain';
import type { z } from 'zod';
import type { ProblemFieldError } from './problem';

export type Validated = { ok: true; value: unknown } | { ok: false; errors: ProblemFieldError[] };

/** Parses with a route schema; field paths get `prefix` (`params.`, `query.`; none for the body). */
export function validate(schema: z.ZodType, input: unknown, prefix: string): Validated {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      const path = field ? prefix + field : prefix.replace(/\.$/, '') || 'body';
      return { path, reason: issue.message, ...issueKey(issue) };
    }),
  };
}
