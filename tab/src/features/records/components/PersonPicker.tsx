import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';
import type { PickedRecord } from '../api/picker-api';
import { RecordPicker } from './RecordPicker';

/** Picks a member of the space (the current one unless told), found by name as you type. */
export function PersonPicker({
  spaceId,
  label,
  value,
  onChange,
  exclude,
}: {
  spaceId?: string;
  label?: string;
  value: PickedRecord | undefined;
  onChange: (picked: PickedRecord | undefined) => void;
  exclude?: readonly string[];
}) {
  const { t } = useI18n();
  const { members } = useMembers(spaceId);
  const people = members.map((m) => ({ id: m.id, label: m.name }));
  return (
    <RecordPicker
      label={label ?? t('picker.person')}
      queryKey={['members', spaceId, people.map((p) => p.id).join()]}
      search={async (text) =>
        people.filter((p) => p.label.toLowerCase().includes(text.toLowerCase()))
      }
      value={value}
      onChange={onChange}
      exclude={exclude}
    />
  );
}
