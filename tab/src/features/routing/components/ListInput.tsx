import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';

/** A comma-separated list typed freely, handed over as items when the field is left. */
export function ListInput({
  label,
  items,
  onChange,
}: {
  label: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
}) {
  const [text, setText] = useState(items.join(', '));
  return (
    <Field label={label}>
      <Input
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={() =>
          onChange(
            text
              .split(',')
              .map((item) => item.trim())
              .filter((item) => item !== ''),
          )
        }
      />
    </Field>
  );
}
