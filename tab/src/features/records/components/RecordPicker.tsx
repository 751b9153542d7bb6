import { Combobox, Field, Option, Spinner } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { PickedRecord } from '../api/picker-api';

const CREATE = '\u0000create';

/**
 * How a picker hands its pick back: as a value the caller holds (`value`, `onChange`; typing
 * clears it), or, with `onPick`, one pick at a time, the box emptying for the next one.
 */
export type PickerSelection =
  | {
      value: PickedRecord | undefined;
      onChange: (picked: PickedRecord | undefined) => void;
      onPick?: undefined;
    }
  | { onPick: (picked: PickedRecord) => void; value?: undefined; onChange?: undefined };

/** What every picker takes besides what it searches. */
export type PickerProps = PickerSelection & {
  label?: string;
  hint?: string;
  disabled?: boolean;
  size?: 'small' | 'medium';
  /** Records not to offer (those already chosen). */
  exclude?: readonly string[];
};

/**
 * A combobox that searches as you type (`search` gets the text) and, given `onCreate`, offers
 * to create a record named as typed; it is `aria-busy` until that record is back.
 */
export function RecordPicker({
  label,
  queryKey,
  search,
  onCreate,
  hint,
  disabled,
  size,
  exclude = [],
  ...selection
}: PickerProps & {
  label: string;
  queryKey: readonly unknown[];
  search: (text: string, signal: AbortSignal) => Promise<PickedRecord[]>;
  onCreate?: (text: string) => Promise<PickedRecord>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { value } = selection;
  const [text, setText] = useState(value?.label ?? '');
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>();
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
  const choose = (picked: PickedRecord | undefined) => {
    if (selection.onPick) {
      setText('');
      if (picked) selection.onPick(picked);
    } else {
      setText(picked?.label ?? '');
      selection.onChange(picked);
    }
  };
  const pick = async (id: string | undefined) => {
    if (id === CREATE && onCreate) {
      setCreateError(undefined);
      setCreating(true);
      try {
        choose(await onCreate(typed));
      } catch (error) {
        setCreateError(error ?? new Error('create'));
      } finally {
        setCreating(false);
      }
      return;
    }
    choose(options.find((o) => o.id === id));
  };
  return (
    <Field
      label={label}
      hint={hint}
      size={size}
      validationMessage={createError ? errorText(createError) : undefined}
    >
      <Combobox
        freeform
        clearable
        size={size}
        disabled={disabled}
        aria-busy={creating || undefined}
        placeholder={t('picker.typeToSearch')}
        value={text}
        selectedOptions={value ? [value.id] : []}
        open={open}
        onOpenChange={(_, d) => setOpen(d.open)}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          if (value) selection.onChange?.(undefined);
        }}
        onOptionSelect={(_, d) => {
          if (d.optionValue === undefined) choose(undefined);
          else void pick(d.optionValue);
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
