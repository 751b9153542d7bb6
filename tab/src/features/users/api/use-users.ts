import { useQuery } from '@tanstack/react-query';
import type { User } from '@channel-crm/domain';
import { api } from '../../../shell/api-client';
import { itemsOf, type Page } from '../../../shell/me';
import { useSpace } from '../../../shell/SpaceContext';

/**
 * People of the tenant, for owner names, avatars and assignment. `/users` is for admins only,
 * so other users know just themselves until the API offers a directory.
 */
export function useUsers() {
  const { me } = useSpace();
  const query = useQuery({
    queryKey: ['users'],
    queryFn: async () => itemsOf(await api.get<User[] | Page<User>>('/users')),
    staleTime: 5 * 60_000,
  });
  const users = query.data ?? [me];
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    users,
    nameOf: (id: string | undefined) => (id ? byId.get(id)?.name : undefined),
  };
}
