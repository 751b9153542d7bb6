import { useMutation, useQueryClient } from '@tanstack/react-query';
import { claimLead } from '../api/leads-api';

/** Takes a lead of the free pool; every lead list reloads whether it worked or not. */
export function useClaimLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimLead,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['leads'] }),
  });
}
