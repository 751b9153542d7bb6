import { useMembers } from '../../users/hooks/use-members';
import type { PickerOptions } from '../components/SearchPicker';

/** Members of `spaceId` whose name matches `text`, less those in `exclude`, for a picker. */
export function useMemberOptions(
  spaceId: string | undefined,
  text: string,
  exclude: readonly string[],
): PickerOptions {
  const { members } = useMembers(spaceId);
  const wanted = text.toLocaleLowerCase();
  return {
    options: members
      .filter((m) => !exclude.includes(m.id) && m.name.toLocaleLowerCase().includes(wanted))
      .map((m) => ({ id: m.id, label: m.name })),
    isError: false,
  };
}
