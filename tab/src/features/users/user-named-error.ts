import { ApiError, isApiError } from '../../shell/api-error';

/**
 * The error with its `user` parameter (the id of the person it speaks of, as in
 * `user_not_in_space`) replaced by their name when `nameOf` knows it; any other error as it is.
 */
export function userNamedError(
  error: unknown,
  nameOf: (userId: string | undefined) => string | undefined,
): unknown {
  if (!isApiError(error)) return error;
  const { params } = error.problem;
  const name = typeof params?.user === 'string' ? nameOf(params.user) : undefined;
  return name ? new ApiError({ ...error.problem, params: { ...params, user: name } }) : error;
}
