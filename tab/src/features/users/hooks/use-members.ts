import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SpaceMember } from '@channel-crm/domain';
import { listSpaceMembers } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';
import { useSpace } from '../../../shell/SpaceContext';

export const membersKey = (spaceId: string | undefined) => ['members', spaceId] as const;

/**
 * The people of a space (the current one unless told), readable by every member: owner
 * names and avatars, assignment, "who else follows". Until it loads, the user knows themself.
 */
export function useMembers(spaceId?: string) {
  const { me, space } = useSpace();
  const id = spaceId ?? space?.id;
  const query = useQuery({
    queryKey: membersKey(id),
    queryFn: async ({ signal }) =>
      (await call(listSpaceMembers, { params: { id: id! }, signal })).items,
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
  // Kept while the data is the same, so memoised views that take nameOf do not render again.
  return useMemo(() => {
    const members: SpaceMember[] = query.data ?? [me];
    const byId = new Map(members.map((u) => [u.id, u]));
    return {
      members,
      nameOf: (userId: string | undefined) => (userId ? byId.get(userId)?.name : undefined),
    };
  }, [query.data, me]);
}
