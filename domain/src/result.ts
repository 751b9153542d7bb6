import type { ErrorCode, ErrorParams } from './error-codes';

/** Errors are values inside the domain; the API and the bot turn them into HTTP problems or cards. */
export type FieldError = { path: string; message: string; code: ErrorCode; params: ErrorParams };

/**
 * `code` and `params` are what a user reads, translated; `message` is the English sentence for
 * logs and the problem's `detail`.
 */
type Keyed = { message: string; code: ErrorCode; params: ErrorParams };

export type DomainError = Keyed &
  (
    | { kind: 'validation'; fields: FieldError[] }
    | { kind: 'not_found'; entity: string; id: string }
    | { kind: 'forbidden' }
    | { kind: 'duplicate'; existingId?: string }
    | { kind: 'stale'; currentVersion: number }
    | { kind: 'rule'; rule: string }
  );

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (error: DomainError): { ok: false; error: DomainError } => ({
  ok: false,
  error,
});

export const notFound = (entity: string, id: string) =>
  fail({
    kind: 'not_found',
    message: `${entity} ${id} was not found`,
    code: 'not_found',
    params: { entity, id },
    entity,
    id,
  });

export const forbidden = (message: string, code: ErrorCode = 'forbidden') =>
  fail({ kind: 'forbidden', message, code, params: {} });

/** A refusal by a business rule; its key is the rule's name unless a finer one is given. */
export const ruleBroken = (
  rule: ErrorCode,
  message: string,
  params: ErrorParams = {},
  code: ErrorCode = rule,
) => fail({ kind: 'rule', rule, message, code, params });

export const invalid = (fields: FieldError[]) =>
  fail({
    kind: 'validation',
    message: fields.map((f) => `${f.path}: ${f.message}`).join('; '),
    code: 'validation',
    params: {},
    fields,
  });

export const stale = (currentVersion: number) =>
  fail({
    kind: 'stale',
    message: `The record changed since you loaded it (now at version ${currentVersion})`,
    code: 'stale',
    params: { currentVersion },
    currentVersion,
  });
