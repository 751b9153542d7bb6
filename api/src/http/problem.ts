import type { HttpResponseInit } from '@azure/functions';
import type { DomainError } from '@channel-crm/domain/server';

/** One bad field of a 400 answer. */
export type ProblemFieldError = { path: string; reason: string };

/** An RFC 9457 problem details body. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request's correlation id, so a user's report can be found in the logs. */
  instance: string;
  errors?: ProblemFieldError[];
  currentVersion?: number;
  existingId?: string;
  rule?: string;
};

export type ProblemKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'duplicate'
  | 'stale'
  | 'precondition_required'
  | 'idempotency_mismatch'
  | 'rule'
  | 'payload_too_large'
  | 'internal';

const PROBLEMS: Record<ProblemKind, { status: number; title: string }> = {
  validation: { status: 400, title: 'The request is not valid' },
  unauthorized: { status: 401, title: 'Sign-in required' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  duplicate: { status: 409, title: 'Already exists' },
  stale: { status: 412, title: 'The record changed since you loaded it' },
  precondition_required: { status: 428, title: 'If-Match is required' },
  idempotency_mismatch: { status: 422, title: 'Idempotency-Key reused with another request' },
  rule: { status: 422, title: 'A business rule refused the change' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  internal: { status: 500, title: 'Something went wrong on our side' },
};

export const PROBLEM_TYPE_BASE = 'https://channel-crm.dev/problems/';

export function problem(
  kind: ProblemKind,
  detail: string,
  correlationId: string,
  extra: Partial<Problem> = {},
): HttpResponseInit {
  const { status, title } = PROBLEMS[kind];
  const body: Problem = {
    type: `${PROBLEM_TYPE_BASE}${kind.replace(/_/g, '-')}`,
    title,
    status,
    detail,
    instance: correlationId,
    ...extra,
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (kind === 'unauthorized') headers['www-authenticate'] = 'Bearer';
  return { status, headers, body: JSON.stringify(body) };
}

export function problemFromDomain(error: DomainError, correlationId: string): HttpResponseInit {
  switch (error.kind) {
    case 'validation':
      return problem('validation', error.message, correlationId, {
        errors: error.fields.map((f) => ({ path: f.path, reason: f.message })),
      });
    case 'not_found':
      return problem('not_found', error.message, correlationId);
    case 'forbidden':
      return problem('forbidden', error.message, correlationId);
    case 'duplicate':
      return problem('duplicate', error.message, correlationId, {
        ...(error.existingId ? { existingId: error.existingId } : {}),
      });
    case 'stale':
      return problem('stale', error.message, correlationId, {
        currentVersion: error.currentVersion,
      });
    case 'rule':
      return problem('rule', error.message, correlationId, { rule: error.rule });
  }
}
