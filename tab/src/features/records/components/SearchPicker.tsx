import { Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';

export type PickerOption = { id: string; label: string };

export type PickerOptions = {
  options: PickerOption[] | undefined;
  isError: boolean;
};

/**
 * A combobox that searches as you type: the caller turns the typed text into options
 * (`useOptions`), a chosen one is handed to `onPick` and the box empties for the next.
 */
export function SearchPicker({
  label,
  useOptions,
  onPick,
  disabled,
}: {
  label: string;
  useOptions: (text: string) => PickerOptions;
  onPick: (option: PickerOption) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const { options, isError } = useOptions(text.trim());
  const status = isError
    ? t('picker.error')
    : options === undefined
      ? t('picker.searching')
      : options.length === 0
        ? t('picker.noMatch')
        : undefined;
  return (
    <Field label={label} size="small">
      <Combobox
        freeform
        size="small"
        disabled={disabled}
        value={text}
        placeholder={t('picker.typeToSearch')}
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_, data) => {
          const picked = options?.find((o) => o.id === data.optionValue);
          if (picked) onPick(picked);
          setText('');
        }}
      >
        {status ? (
          <Option key="status" value="" text={status} disabled>
            {status}
          </Option>
        ) : (
          options?.map((o) => (
            <Option key={o.id} value={o.id} text={o.label}>
              {o.label}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
