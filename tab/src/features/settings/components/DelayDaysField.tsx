import { Field, SpinButton } from '@fluentui/react-components';

/**
 * A delay in working days (0 to 365, the domain's `DelayDays`), as template steps and
 * suggestion rules ask for it; a typed value counts before the spin button commits it.
 */
export function DelayDaysField({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error: string | undefined;
  value: number;
  onChange(days: number): void;
}) {
  return (
    <Field label={label} validationMessage={error}>
      <SpinButton
        min={0}
        max={365}
        value={value}
        onChange={(_, d) => onChange(d.value ?? Number(d.displayValue ?? 0))}
      />
    </Field>
  );
}
