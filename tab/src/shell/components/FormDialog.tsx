import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useErrorText } from '../error-text';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A modal form: the title, the last request's error above the fields, then Cancel and the
 * submit button. Enter submits; Escape and Cancel close. The submit button stays focusable
 * while busy so focus is not lost.
 */
export function FormDialog({
  open,
  title,
  error,
  busy,
  submitLabel,
  onSubmit,
  onClose,
  contentClassName,
  leadingActions,
  children,
}: {
  open: boolean;
  title: string;
  error?: unknown;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  contentClassName?: string;
  /** Buttons before Cancel (e.g. Back in a stepped form). */
  leadingActions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={contentClassName}>
              {error !== undefined && error !== null && (
                <MessageBar intent="error">
                  <MessageBarBody>{errorText(error)}</MessageBarBody>
                </MessageBar>
              )}
              {children}
            </DialogContent>
            <DialogActions>
              {leadingActions}
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={busy}>
                {submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
