import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { ActivityView, RecordType } from '@channel-crm/domain';
import type { Page } from '@channel-crm/domain/contracts';
import { useState } from 'react';
import {
  complete,
  planSuggestion,
  reschedule,
  suggestionOf,
  tasksKey,
  type SuggestedTask,
} from '../api/tasks-api';

type TaskPages = InfiniteData<Page<ActivityView>, string | undefined>;

const mineKey = [...tasksKey, 'mine'] as const;

/** Changes one task in every loaded bucket at once; answers how to put them back. */
function useOptimisticTask() {
  const queryClient = useQueryClient();
  return async (id: string, change: (task: ActivityView) => ActivityView) => {
    await queryClient.cancelQueries({ queryKey: mineKey });
    const before = queryClient.getQueriesData<TaskPages>({ queryKey: mineKey });
    queryClient.setQueriesData<TaskPages>({ queryKey: mineKey }, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((task) => (task.id === id ? change(task) : task)),
            })),
          }
        : data,
    );
    return () => before.forEach(([key, data]) => queryClient.setQueryData(key, data));
  };
}

/** A task of a record (the API proposes nothing after a space's task) and its suggested next. */
export type CompletedWithSuggestion = {
  task: ActivityView & { record: { recordType: RecordType } };
  suggestion: SuggestedTask;
};

const ofRecord = (task: ActivityView): task is CompletedWithSuggestion['task'] =>
  task.record.recordType !== 'space';

/** Complete a task inline: checked at once, unchecked again if the API refuses. */
export function useCompleteTask(onSuggestion: (next: CompletedWithSuggestion) => void) {
  const queryClient = useQueryClient();
  const optimistic = useOptimisticTask();
  return useMutation({
    mutationFn: (task: ActivityView) => complete(task.id),
    onMutate: (task) => optimistic(task.id, (t) => ({ ...t, state: 'done' })),
    onError: (_error, _task, rollback) => rollback?.(),
    onSuccess: (done, task) => {
      const suggestion = suggestionOf(done);
      if (suggestion && ofRecord(task)) onSuggestion({ task, suggestion });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: tasksKey }),
  });
}

/** Move a task to another due date and time, guarded by the version the user saw. */
export function useRescheduleTask() {
  const queryClient = useQueryClient();
  const optimistic = useOptimisticTask();
  return useMutation({
    mutationFn: ({ task, dueAt }: { task: ActivityView; dueAt: string }) => reschedule(task, dueAt),
    onMutate: ({ task, dueAt }) => optimistic(task.id, (t) => ({ ...t, dueAt })),
    onError: (_error, _change, rollback) => rollback?.(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tasksKey }),
  });
}

export function usePlanSuggestion() {
  return useMutation({
    mutationFn: ({ task, suggestion }: CompletedWithSuggestion) =>
      planSuggestion(task.record, suggestion),
  });
}

export type BulkProgress = { done: number; total: number; failed: ActivityView[] };

/** Completes the selected tasks one after the other, telling how far it got and what failed. */
export function useBulkComplete() {
  const queryClient = useQueryClient();
  const optimistic = useOptimisticTask();
  const [progress, setProgress] = useState<BulkProgress>();
  const run = async (tasks: ActivityView[]) => {
    const failed: ActivityView[] = [];
    setProgress({ done: 0, total: tasks.length, failed });
    for (const [index, task] of tasks.entries()) {
      const rollback = await optimistic(task.id, (t) => ({ ...t, state: 'done' }));
      try {
        await complete(task.id);
      } catch {
        rollback();
        failed.push(task);
      }
      setProgress({ done: index + 1, total: tasks.length, failed: [...failed] });
    }
    await queryClient.invalidateQueries({ queryKey: tasksKey });
    return failed;
  };
  return { run, progress, reset: () => setProgress(undefined) };
}
