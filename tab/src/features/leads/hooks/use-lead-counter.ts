import { useQuery } from '@tanstack/react-query';
import { useSpace } from '../../../shell/SpaceContext';
import { leadsKey, listLeads, type LeadListParams } from '../api/leads-api';

/** New leads of mine: what the Leads entry of the navigation counts. */
export function useLeadAttentionCount(): number | undefined {
  const { me, space } = useSpace();
  const params: LeadListParams = {
    spaceId: space?.id ?? '',
    view: 'untouched',
    text: '',
    meId: me.id,
  };
  const query = useQuery({
    queryKey: leadsKey(params),
    queryFn: ({ signal }) => listLeads(params, undefined, signal),
    enabled: Boolean(space),
    staleTime: 60_000,
  });
  return query.data?.items.filter((l) => l.ownerId === me.id).length || undefined;
}
