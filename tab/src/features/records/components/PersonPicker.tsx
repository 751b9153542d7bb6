import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';
import { RecordPicker, type PickerProps } from './RecordPicker';

/** Picks a member of the space (the current one unless told), found by name as you type. */
export function PersonPicker({ spaceId, label, ...picker }: PickerProps & { spaceId?: string }) {
  const { t } = useI18n();
  const { members } = useMembers(spaceId);
  const people = members.map((m) => ({ id: m.id, label: m.name }));
  return (
    <RecordPicker
      {...picker}
      label={label ?? t('picker.person')}
      queryKey={['members', spaceId, people.map((p) => p.id).join()]}
      search={async (text) =>
        people.filter((p) => p.label.toLocaleLowerCase().includes(text.toLocaleLowerCase()))
      }
    />
  );
}
