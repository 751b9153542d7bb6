import { useQuery } from '@tanstack/react-query';
import type { User } from '@channel-crm/domain';
import { api } from '../../../shell/api-client';
import { itemsOf, type Page } from '../../../shell/me';
import { useSpace } from '../../../shell/SpaceContext';

/**
 * Every user of the tenant with role, supervisor and version: what the admin settings edit.
 * Names elsewhere come from the space's member directory (use-members.ts).
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
