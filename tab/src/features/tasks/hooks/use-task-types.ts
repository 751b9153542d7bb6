import { useQuery } from '@tanstack/react-query';
import { DEFAULT_TASK_SETTINGS } from '@channel-crm/domain';
import { fetchTaskSettings, taskSettingsKey } from '../api/tasks-api';

/** The tenant's task types in their order (the defaults until they load), and a name by id. */
export function useTaskTypes() {
  const query = useQuery({
    queryKey: taskSettingsKey,
    queryFn: ({ signal }) => fetchTaskSettings(signal),
    staleTime: 5 * 60_000,
  });
  const settings = query.data ?? DEFAULT_TASK_SETTINGS;
  const types = [...settings.types].sort((a, b) => a.order - b.order);
  return {
    query,
    settings,
    types,
    typeName: (id: string) => types.find((type) => type.id === id)?.name ?? id,
  };
}
