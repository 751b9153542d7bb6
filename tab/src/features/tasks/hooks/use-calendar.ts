import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityView, CalendarActivities } from '@channel-crm/domain';
import { calendarKey, fetchCalendar, reschedule, tasksKey } from '../api/tasks-api';

/** The activities due between the view's first and last day, mine and the colleagues' picked. */
export function useCalendar(days: Date[], assigneeIds: string[]) {
  const queryClient = useQueryClient();
  const from = days[0]!.toISOString();
  const last = days[days.length - 1]!;
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1).toISOString();
  const key = calendarKey(from, to, assigneeIds);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchCalendar(from, to, assigneeIds, signal),
    placeholderData: (previous) => previous,
  });
  // Shown where it lands at once, back where it was if the API refuses (a 412 among others).
  const move = useMutation({
    mutationFn: ({ task, dueAt }: { task: ActivityView; dueAt: string }) => reschedule(task, dueAt),
    onMutate: async ({ task, dueAt }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<CalendarActivities>(key);
      queryClient.setQueryData<CalendarActivities>(
        key,
        (data) =>
          data && {
            items: data.items.map((item) => (item.id === task.id ? { ...item, dueAt } : item)),
          },
      );
      return () => queryClient.setQueryData(key, before);
    },
    onError: (_error, _move, rollback) => rollback?.(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tasksKey }),
  });
  return { query, items: query.data?.items ?? [], move };
}
