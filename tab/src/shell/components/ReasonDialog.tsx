import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { FormDialog } from './FormDialog';

/** Asks for a required reason (disqualify, won, lost). */
export function ReasonDialog({
  open,
  title,
  label,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  label: string;
  busy: boolean;
  error?: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    setReason('');
    setMissing(false);
  }
  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    onConfirm(reason.trim());
  };
  return (
    <FormDialog
      open={open}
      title={title}
      error={error}
      busy={busy}
      submitLabel={t('common.confirm')}
      onSubmit={submit}
      onClose={onCancel}
    >
      <Field
        label={label}
        required
        validationMessage={missing ? t('opportunities.reasonRequired') : undefined}
      >
        <Textarea
          autoFocus
          value={reason}
          maxLength={500}
          onChange={(_, d) => {
            setReason(d.value);
            setMissing(false);
          }}
        />
      </Field>
    </FormDialog>
  );
}
