import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getNotificationSettings,
  notificationsKey,
  saveNotificationSettings,
  type NotificationSettings,
} from '../api/notifications-api';

export const useNotificationSettings = () =>
  useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => getNotificationSettings(signal),
  });

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData<NotificationSettings>(notificationsKey, saved),
  });
}
