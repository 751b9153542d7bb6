import type { Me } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meKey, useMe } from '../../../shell/me';
import { saveOutOfOffice } from '../api/out-of-office-api';

/** Whether I am out (read from /me), and saving a change to it. */
export function useOutOfOffice() {
  const queryClient = useQueryClient();
  const me = useMe();
  const save = useMutation({
    mutationFn: saveOutOfOffice,
    onSuccess: ({ outOfOffice }) =>
      queryClient.setQueryData<Me>(meKey, (old) =>
        old ? { ...old, user: { ...old.user, outOfOffice } } : old,
      ),
  });
  return { me, save };
}
