import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchTaskSharing, saveTaskSharing, taskSharingKey } from '../api/task-sharing-api';

/** What I let colleagues see of my tasks, and saving a change to it. */
export function useTaskSharing() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: taskSharingKey,
    queryFn: ({ signal }) => fetchTaskSharing(signal),
  });
  const save = useMutation({
    mutationFn: saveTaskSharing,
    onSuccess: (saved) => queryClient.setQueryData(taskSharingKey, saved),
  });
  return { query, save };
}
