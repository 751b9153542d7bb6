import { Field, Select } from '@fluentui/react-components';
import { useMembers } from '../../users/hooks/use-members';

/**
 * A space member chosen from a list (owner, manager). While none is set the list starts with
 * `noneLabel`; once one is, it can be changed but not emptied.
 */
export function MemberSelect({
  spaceId,
  label,
  noneLabel,
  value,
  disabled,
  onChange,
}: {
  spaceId: string | undefined;
  label: string;
  noneLabel: string;
  value: string | undefined;
  disabled: boolean;
  onChange: (memberId: string) => void;
}) {
  const { members } = useMembers(spaceId);
  return (
    <Field label={label} size="small">
      <Select
        size="small"
        disabled={disabled}
        value={value ?? ''}
        onChange={(_, d) => onChange(d.value)}
      >
        {!value && <option value="">{noneLabel}</option>}
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
