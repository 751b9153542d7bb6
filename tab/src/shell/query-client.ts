import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network and 5xx errors get two more tries.
        retry: (count, error) =>
          count < 2 &&
          !(isApiError(error) && error.problem.status >= 400 && error.problem.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
