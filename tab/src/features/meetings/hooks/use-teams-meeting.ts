import { useQuery } from '@tanstack/react-query';

/**
 * The chat of the Teams meeting the tab is in (its side panel, its chat's tab or its
 * configuration page), from the Teams context; null outside a meeting or outside Teams. Asked
 * here rather than at start, so the app's initial code carries nothing for meetings.
 */
export function useTeamsMeetingChat(enabled: boolean) {
  return useQuery({
    queryKey: ['teams', 'meeting-chat'],
    queryFn: async () => {
      const { app } = await import('@microsoft/teams-js');
      const context = await app.getContext();
      return (context.meeting?.id && context.chat?.id) || null;
    },
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}
