import { PROBLEM_STATUS, type ErrorParams, type ProblemStatusKind } from '@channel-crm/domain';

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

/** The problems a failed call is told apart by; any other status is a server fault. */
const ANSWERED_KINDS = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'duplicate',
  'stale',
  'rule',
] as const satisfies readonly ProblemStatusKind[];

export type ApiErrorKind = (typeof ANSWERED_KINDS)[number] | 'network' | 'server';

const kindOf = (status: number): ApiErrorKind =>
  status === 0
    ? 'network'
    : (ANSWERED_KINDS.find((kind) => PROBLEM_STATUS[kind] === status) ?? 'server');

/** Every failed API call throws one of these; `kind` says what the UI should do. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.kind = kindOf(problem.status);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
