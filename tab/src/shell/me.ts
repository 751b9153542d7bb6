import { useQuery } from '@tanstack/react-query';
import type { Space, User } from '@channel-crm/domain';
import { api } from './api-client';

export type Me = { user: User; spaces: Space[] };

export const meKey = ['me'] as const;

export const useMe = () => useQuery({ queryKey: meKey, queryFn: () => api.get<Me>('/me') });

/** Lists come as a page `{ items, continuation }`; some admin routes answer a bare array. */
export type Page<T> = { items: T[]; continuation?: string };

export const itemsOf = <T>(body: T[] | Page<T>): T[] => (Array.isArray(body) ? body : body.items);
