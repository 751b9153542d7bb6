/**
 * The HTTP status of each kind of problem the API answers with: the API sends it, the tab reads
 * a failed call's kind back from it.
 */
export const PROBLEM_STATUS = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  duplicate: 409,
  stale: 412,
  precondition_required: 428,
  idempotency_mismatch: 422,
  rule: 422,
  payload_too_large: 413,
  too_many_requests: 429,
  internal: 500,
} as const;

export type ProblemStatusKind = keyof typeof PROBLEM_STATUS;
