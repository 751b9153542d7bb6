import { useQueries } from '@tanstack/react-query';
import { useSpace } from '../../../shell/SpaceContext';
import { fetchMyFigures, fetchMyOpenLeads, fetchMyOpenOpportunities, myKey } from '../api/my-api';

/** My CRM's figures, counted by the server, and the first of my open leads and deals. */
export function useMyCrm() {
  const { me } = useSpace();
  const [figures, leads, opportunities] = useQueries({
    queries: [
      {
        queryKey: [...myKey(me.id), 'figures'],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchMyFigures(signal),
      },
      {
        queryKey: [...myKey(me.id), 'leads'],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchMyOpenLeads(me.id, signal),
      },
      {
        queryKey: [...myKey(me.id), 'opportunities'],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchMyOpenOpportunities(me.id, signal),
      },
    ],
  });
  const all = [figures, leads, opportunities];
  return {
    isPending: all.some((q) => q.isPending),
    error: all.find((q) => q.error)?.error ?? null,
    retry: () => void Promise.all(all.map((q) => q.refetch())),
    figures: figures.data,
    leads: leads.data?.items ?? [],
    opportunities: opportunities.data?.items ?? [],
  };
}
