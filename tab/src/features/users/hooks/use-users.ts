import { useQuery } from '@tanstack/react-query';
import { listUsers } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';
import { useSpace } from '../../../shell/SpaceContext';

/**
 * Every user of the tenant with role, supervisor and version: what the admin settings edit.
 * Names elsewhere come from the space's member directory (use-members.ts).
 */
export function useUsers() {
  const { me } = useSpace();
  const query = useQuery({
    queryKey: ['users'],
    queryFn: async () => (await call(listUsers)).items,
    staleTime: 5 * 60_000,
  });
  const users = query.data ?? [me];
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    users,
    nameOf: (id: string | undefined) => (id ? byId.get(id)?.name : undefined),
  };
}
