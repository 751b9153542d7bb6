import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { Conflict } from '../hooks/use-record-save';
import { displayValue } from './display-value';

export function ConflictDialog<T>({
  conflict,
  fieldLabel,
  onReapply,
  onKeepTheirs,
}: {
  conflict: Conflict<T> | undefined;
  fieldLabel: (field: string) => string;
  onReapply: () => void;
  onKeepTheirs: () => void;
}) {
  const { t } = useI18n();
  return (
    // Stays mounted and closes through `open`, so Fluent restores the page's accessibility tree.
    <Dialog open={conflict !== undefined} modalType="alert">
      <DialogSurface aria-describedby="conflict-body">
        <DialogBody>
          <DialogTitle>{t('conflict.title')}</DialogTitle>
          <DialogContent>
            <Text id="conflict-body" block>
              {t('conflict.body')}
            </Text>
            <Table size="small" aria-label={t('conflict.title')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('conflict.field')}</TableHeaderCell>
                  <TableHeaderCell>{t('conflict.theirs')}</TableHeaderCell>
                  <TableHeaderCell>{t('conflict.yours')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {conflict?.diffs.map((d) => (
                  <TableRow key={d.field} data-field={d.field}>
                    <TableCell>{fieldLabel(d.field)}</TableCell>
                    <TableCell>{displayValue(d.theirs)}</TableCell>
                    <TableCell>{displayValue(d.yours)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReapply}>
              {t('conflict.reapply')}
            </Button>
            <Button onClick={onKeepTheirs}>{t('conflict.discard')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
