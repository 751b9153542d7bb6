import { Field, Select } from '@fluentui/react-components';

type Entry = { id: string; name: string };

/** A labelled choice of one entry by name (a member, a team); `none` offers choosing nobody. */
export function EntrySelect({
  label,
  entries,
  value,
  none,
  onChange,
}: {
  label: string;
  entries: readonly Entry[];
  value: string;
  /** The text of the choice of no entry, whose value is ''. */
  none?: string;
  onChange: (id: string) => void;
}) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
