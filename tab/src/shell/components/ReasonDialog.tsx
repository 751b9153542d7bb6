import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useErrorText } from '../error-text';
import { useI18n } from '../i18n/I18nProvider';

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
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    setReason('');
    setMissing(false);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onConfirm(reason.trim());
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              {error !== undefined && error !== null && (
                <MessageBar intent="error">
                  <MessageBarBody>{errorText(error)}</MessageBarBody>
                </MessageBar>
              )}
              <Field
                label={label}
                required
                validationMessage={missing ? t('opps.reasonRequired') : undefined}
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
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={busy}>
                {t('common.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
