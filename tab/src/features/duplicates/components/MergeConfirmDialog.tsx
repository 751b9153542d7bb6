import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';

/** Asks before a merge, naming which record goes into which: a merge cannot be undone. */
export function MergeConfirmDialog({
  open,
  survivor,
  merged,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  survivor: string;
  merged: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const bodyId = useId();
  return (
    // Stays mounted and closes through `open`, so Fluent restores the page's accessibility tree.
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={bodyId}>
        <DialogBody>
          <DialogTitle>{t('duplicates.mergeTitle')}</DialogTitle>
          <DialogContent>
            <Text id={bodyId} block>
              {t('duplicates.mergeBody', { merged, survivor })}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
              {t('duplicates.merge')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
