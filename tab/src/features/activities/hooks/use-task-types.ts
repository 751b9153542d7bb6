import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchTaskSettings, taskSettingsKey } from '../api/activities-api';

/** The tenant's task types: all of them to name old activities, the active ones to offer. */
export function useTaskTypes() {
  const settings = useQuery({
    queryKey: taskSettingsKey,
    queryFn: ({ signal }) => fetchTaskSettings(signal),
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const types = [...(settings.data?.types ?? [])].sort((a, b) => a.order - b.order);
    const byId = new Map(types.map((type) => [type.id, type]));
    return {
      loading: settings.isPending,
      error: settings.error,
      active: types.filter((type) => type.active),
      nameOf: (typeId: string) => byId.get(typeId)?.name,
    };
  }, [settings.data, settings.isPending, settings.error]);
}
