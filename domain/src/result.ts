/** Errors are values inside the domain; the API and the bot turn them into HTTP problems or cards. */
export type FieldError = { path: string; message: string };

export type DomainError =
  | { kind: 'validation'; message: string; fields: FieldError[] }
  | { kind: 'not_found'; message: string; entity: string; id: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'duplicate'; message: string; existingId?: string }
  | { kind: 'stale'; message: string; currentVersion: number }
  | { kind: 'rule'; message: string; rule: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (error: DomainError): { ok: false; error: DomainError } => ({
  ok: false,
  error,
});

export const notFound = (entity: string, id: string) =>
  fail({ kind: 'not_found', message: `${entity} ${id} was not found`, entity, id });

export const forbidden = (message: string) => fail({ kind: 'forbidden', message });

export const ruleBroken = (rule: string, message: string) => fail({ kind: 'rule', rule, message });

export const invalid = (fields: FieldError[]) =>
  fail({
    kind: 'validation',
    message: fields.map((f) => `${f.path}: ${f.message}`).join('; '),
    fields,
  });

export const stale = (currentVersion: number) =>
  fail({
    kind: 'stale',
    message: `The record changed since you loaded it (now at version ${currentVersion})`,
    currentVersion,
  });
