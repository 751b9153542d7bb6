import { useQuery } from '@tanstack/react-query';
import {
  getTaskSettings,
  listTaskTemplates,
  taskSettingsKey,
  taskTemplatesKey,
} from '../api/task-templates-api';

/** The tenant's task templates (one small document: all of them at once). */
export const useTaskTemplates = () =>
  useQuery({
    queryKey: taskTemplatesKey,
    queryFn: ({ signal }) => listTaskTemplates(signal),
    select: (list) => list.items,
  });

/** The tenant's task types, statuses and suggestion rules. */
export const useTaskSettings = () =>
  useQuery({ queryKey: taskSettingsKey, queryFn: ({ signal }) => getTaskSettings(signal) });
