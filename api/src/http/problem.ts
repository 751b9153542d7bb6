import type { HttpResponseInit } from '@azure/functions';
import {
  PROBLEM_STATUS,
  type DomainError,
  type ErrorCode,
  type ErrorParams,
  type ProblemStatusKind,
} from '@channel-crm/domain/server';

/** One bad field of a 400 answer: `reason` in English, `code` and `params` to translate it. */
export type ProblemFieldError = {
  path: string;
  reason: string;
  code: ErrorCode;
  params: ErrorParams;
};

/** An RFC 9457 problem details body. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request's correlation id, so a user's report can be found in the logs. */
  instance: string;
  /** A stable key a client translates `detail` by, with the values its text shows. */
  code: ErrorCode;
  params: ErrorParams;
  errors?: ProblemFieldError[];
  currentVersion?: number;
  existingId?: string;
  rule?: string;
};

/** Each kind is also the code of a problem the HTTP edge raises itself. */
export type ProblemKind = ErrorCode & ProblemStatusKind;

const TITLES: Record<ProblemKind, string> = {
  validation: 'The request is not valid',
  unauthorized: 'Sign-in required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  duplicate: 'Already exists',
  stale: 'The record changed since you loaded it',
  precondition_required: 'If-Match is required',
  idempotency_mismatch: 'Idempotency-Key reused with another request',
  rule: 'A business rule refused the change',
  payload_too_large: 'The request body is too large',
  too_many_requests: 'Too many requests',
  internal: 'Something went wrong on our side',
};

export const PROBLEM_TYPE_BASE = 'https://channel-crm.dev/problems/';

export function problem(
  kind: ProblemKind,
  detail: string,
  correlationId: string,
  extra: Partial<Problem> = {},
): HttpResponseInit {
  const status = PROBLEM_STATUS[kind];
  const title = TITLES[kind];
  const body: Problem = {
    type: `${PROBLEM_TYPE_BASE}${kind.replace(/_/g, '-')}`,
    title,
    status,
    detail,
    instance: correlationId,
    code: kind,
    params: {},
    ...extra,
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (kind === 'unauthorized') headers['www-authenticate'] = 'Bearer';
  return { status, headers, body: JSON.stringify(body) };
}

export function problemFromDomain(error: DomainError, correlationId: string): HttpResponseInit {
  const key = { code: error.code, params: error.params };
  switch (error.kind) {
    case 'validation':
      return problem('validation', error.message, correlationId, {
        ...key,
        errors: error.fields.map((f) => ({
          path: f.path,
          reason: f.message,
          code: f.code,
          params: f.params,
        })),
      });
    case 'not_found':
      return problem('not_found', error.message, correlationId, key);
    case 'forbidden':
      return problem('forbidden', error.message, correlationId, key);
    case 'duplicate':
      return problem('duplicate', error.message, correlationId, {
        ...key,
        ...(error.existingId ? { existingId: error.existingId } : {}),
      });
    case 'stale':
      return problem('stale', error.message, correlationId, {
        ...key,
        currentVersion: error.currentVersion,
      });
    case 'rule':
      return problem('rule', error.message, correlationId, { ...key, rule: error.rule });
  }
}
