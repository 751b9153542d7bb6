import { Combobox, Field, Option, Spinner } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { PickedRecord } from '../api/picker-api';

const CREATE = '\u0000create';

/**
 * A combobox that searches as you type (`search` gets the text) and, given `onCreate`, offers
 * to create a record named as typed. The picked record is handed back; typing clears it.
 */
export function RecordPicker({
  label,
  queryKey,
  search,
  value,
  onChange,
  onCreate,
  hint,
  exclude = [],
}: {
  label: string;
  queryKey: readonly unknown[];
  search: (text: string, signal: AbortSignal) => Promise<PickedRecord[]>;
  value: PickedRecord | undefined;
  onChange: (picked: PickedRecord | undefined) => void;
  onCreate?: (text: string) => Promise<PickedRecord>;
  hint?: string;
  /** Records not to offer (those already chosen). */
  exclude?: readonly string[];
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [text, setText] = useState(value?.label ?? '');
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState<unknown>();
  const typed = useDeferredValue(text.trim());
  const shown = value && text === value.label ? '' : typed;
  const results = useQuery({
    queryKey: [...queryKey, 'picker', shown],
    queryFn: ({ signal }) => search(shown, signal),
    enabled: open,
    staleTime: 30_000,
  });
  const options = (results.data ?? []).filter((o) => !exclude.includes(o.id));
  const exact = options.some((o) => o.label.toLowerCase() === shown.toLowerCase());
  const pick = async (id: string | undefined) => {
    if (id === CREATE && onCreate) {
      setCreating(undefined);
      try {
        const created = await onCreate(typed);
        setText(created.label);
        onChange(created);
      } catch (error) {
        setCreating(error ?? new Error('create'));
      }
      return;
    }
    const picked = options.find((o) => o.id === id);
    setText(picked?.label ?? '');
    onChange(picked);
  };
  return (
    <Field label={label} hint={hint} validationMessage={creating ? errorText(creating) : undefined}>
      <Combobox
        freeform
        clearable
        value={text}
        selectedOptions={value ? [value.id] : []}
        open={open}
        onOpenChange={(_, d) => setOpen(d.open)}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          if (value) onChange(undefined);
        }}
        onOptionSelect={(_, d) => {
          if (d.optionValue === undefined) {
            setText('');
            onChange(undefined);
          } else void pick(d.optionValue);
        }}
      >
        {results.isPending ? (
          <Option value="" disabled text={t('picker.searching')}>
            <Spinner size="extra-tiny" label={t('picker.searching')} />
          </Option>
        ) : results.error ? (
          <Option value="" disabled text={errorText(results.error)}>
            {errorText(results.error)}
          </Option>
        ) : (
          options.map((o) => (
            <Option key={o.id} value={o.id} text={o.label}>
              {o.label}
            </Option>
          ))
        )}
        {!results.isPending && !results.error && options.length === 0 && !(onCreate && typed) && (
          <Option value="" disabled text={t('picker.empty')}>
            {t('picker.empty')}
          </Option>
        )}
        {onCreate && typed && !exact && (
          <Option value={CREATE} text={t('picker.create', { name: typed })}>
            {t('picker.create', { name: typed })}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
