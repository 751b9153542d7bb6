import { Button, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { downloadFile } from '../../../shell/api-client';
import { useErrorText } from '../../../shell/error-text';
import type { RecordSource } from '../hooks/use-record-list';

type Target = ReturnType<NonNullable<RecordSource<unknown>['exportFrom']>>;

/** Every row of the list with its filters, as the server writes it page by page. */
export function ExportAllButton({ label, target }: { label: string; target: Target }) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();

  const run = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(target.query))
        if (value !== undefined) query.set(name, String(value));
      const blob = await downloadFile(`/exports/${target.list}?${query.toString()}`);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${target.list}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailed(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void run()}>
        {label}
      </Button>
      {failed && <Text role="alert">{failed}</Text>}
    </>
  );
}
