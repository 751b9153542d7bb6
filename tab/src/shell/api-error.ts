import type { ErrorParams } from '@channel-crm/domain';

/** A bad field of a 400 answer; `code` and `params` say it in the user's language. */
export type ProblemFieldError = {
  path: string;
  reason: string;
  code?: string;
  params?: ErrorParams;
};

/** The RFC 9457 body the API answers errors with. */
export type Problem = {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  params?: ErrorParams;
  errors?: ProblemFieldError[];
  currentVersion?: number;
  rule?: string;
  existingId?: string;
};

export type ApiErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'duplicate'
  | 'stale'
  | 'rule'
  | 'network'
  | 'server';

const KIND_BY_STATUS: Record<number, ApiErrorKind> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'duplicate',
  412: 'stale',
  422: 'rule',
};

/** Every failed API call throws one of these; `kind` says what the UI should do. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.kind = problem.status === 0 ? 'network' : (KIND_BY_STATUS[problem.status] ?? 'server');
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
