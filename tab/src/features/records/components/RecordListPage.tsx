import {
  Button,
  Input,
  makeStyles,
  Text,
  Title3,
  tokens,
  Toolbar,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, SearchRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { DataTable, type Column } from '../../../shell/components/DataTable';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { downloadCsv } from '../../../shell/csv';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useRecordList, type RecordSource } from '../hooks/use-record-list';
import { ExportAllButton } from './ExportAllButton';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  grow: { flexGrow: 1 },
  search: { minWidth: '180px', flexGrow: 1, maxWidth: '360px' },
  bulk: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export type CsvExport<T> = {
  file: string;
  header: string[];
  row: (record: T) => (string | number | undefined)[];
};

export type RecordListPageProps<T> = {
  title: string;
  empty: { title: string; hint?: string };
  source: RecordSource<T>;
  columns: Column<T>[];
  rowName: (row: T) => string;
  onOpen: (row: T) => void;
  csv: CsvExport<T>;
  searchPlaceholder?: string;
  /** Controls before the search box, such as a saved view. */
  filters?: ReactNode;
  /** Buttons after the CSV export, such as "New". */
  actions?: ReactNode;
  /** Present when rows can be selected: the toolbar's actions on the chosen rows. */
  bulkActions?: (chosen: T[], clear: () => void) => ReactNode;
  /** A message above the table. */
  notice?: ReactNode;
  children?: ReactNode;
};

/**
 * The list of one record type: search, filters, sortable columns, keyboard navigation,
 * bulk selection, paging and CSV export of what is loaded.
 */
export function RecordListPage<T extends { id: string }>(props: RecordListPageProps<T>) {
  const { title, empty, source, columns, rowName, onOpen, csv, bulkActions } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const { list, rows, search, text, setText, selected, setSelected, waiting } =
    useRecordList(source);
  const chosen = rows.filter((r) => selected.has(r.id));
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Title3 as="h1">{title}</Title3>
        {props.filters}
        <Input
          className={styles.search}
          type="search"
          contentBefore={<SearchRegular />}
          placeholder={props.searchPlaceholder}
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
        {source.exportFrom && (
          <ExportAllButton label={t('common.csvAll')} target={source.exportFrom(search)} />
        )}
        {props.actions}
      </div>
      {bulkActions && selected.size > 0 && (
        <Toolbar className={styles.bulk} aria-label={t('common.actions')}>
          <Text>{t('common.selected', { count: selected.size })}</Text>
          {bulkActions(chosen, () => setSelected(new Set()))}
        </Toolbar>
      )}
      {props.notice}
      {waiting ? (
        <PageSkeleton />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={empty.title} hint={empty.hint} />
      ) : (
        <DataTable
          label={title}
          rows={rows}
          columns={columns}
          rowId={(r) => r.id}
          rowName={rowName}
          onOpen={onOpen}
          {...(bulkActions ? { selected, onSelectedChange: setSelected } : {})}
        />
      )}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
      {props.children}
    </div>
  );
}
