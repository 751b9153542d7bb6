import { Button, Input, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, SearchRegular } from '@fluentui/react-icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { DataTable, type Column } from '../../../shell/components/DataTable';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { downloadCsv } from '../../../shell/csv';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { Page } from '@channel-crm/domain/contracts';
import { useSpace } from '../../../shell/SpaceContext';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
});

/** A searchable, sortable list of one record type with CSV export and a create button. */
export function RecordListPage<T extends { id: string }>({
  queryName,
  title,
  emptyText,
  newLabel,
  columns,
  rowName,
  load,
  onOpen,
  onNew,
  csv,
  dialog,
}: {
  queryName: string;
  title: string;
  emptyText: string;
  newLabel: string;
  columns: Column<T>[];
  rowName: (row: T) => string;
  load: (
    spaceId: string,
    text: string,
    continuation?: string,
    signal?: AbortSignal,
  ) => Promise<Page<T>>;
  onOpen: (row: T) => void;
  onNew: () => void;
  csv: { file: string; header: string[]; row: (r: T) => (string | number | undefined)[] };
  dialog?: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { space } = useSpace();
  const [text, setText] = useState('');
  const search = useDeferredValue(text.trim());
  const list = useInfiniteQuery({
    queryKey: [queryName, space?.id, search],
    queryFn: ({ pageParam, signal }) => load(space!.id, search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.continuation,
    enabled: Boolean(space),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Title3 as="h1">{title}</Title3>
        <Input
          type="search"
          contentBefore={<SearchRegular />}
          aria-label={t('common.search')}
          value={text}
          onChange={(_, d) => setText(d.value)}
        />
        <div className={styles.grow} />
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={rows.length === 0}
          onClick={() => downloadCsv(csv.file, csv.header, rows.map(csv.row))}
        >
          {t('common.csv')}
        </Button>
        <Button appearance="primary" icon={<AddRegular />} onClick={onNew}>
          {newLabel}
        </Button>
      </div>
      {list.isPending && space ? (
        <PageSkeleton />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={emptyText} />
      ) : (
        <DataTable
          label={title}
          rows={rows}
          columns={columns}
          rowId={(r) => r.id}
          rowName={rowName}
          onOpen={onOpen}
        />
      )}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>
      )}
      {dialog}
    </div>
  );
}
