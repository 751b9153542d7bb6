import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TableSelectionCell,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export type Column<T> = {
  key: string;
  label: string;
  render: (row: T) => ReactNode;
  /** Present when the column sorts. */
  sortValue?: (row: T) => string | number;
  /** Hidden in a narrow tab. */
  wide?: boolean;
};

export type DataTableProps<T> = {
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowId: (row: T) => string;
  rowName: (row: T) => string;
  onOpen: (row: T) => void;
  selected?: Set<string>;
  onSelectedChange?: (next: Set<string>) => void;
};

type SortState = { key: string; direction: 'ascending' | 'descending' };

const useStyles = makeStyles({
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  wide: { '@media (max-width: 720px)': { display: 'none' } },
});

/** A dense list: sortable headers, row selection, arrow keys to move, Enter to open, Space to select. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { rows, columns, rowId, onOpen, selected, onSelectedChange } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const [sort, setSort] = useState<SortState | undefined>();
  const [focused, setFocused] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);

  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column?.sortValue) return rows;
    const value = column.sortValue;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (
        (typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y))) * factor
      );
    });
  }, [rows, columns, sort]);

  const toggleSort = (key: string) =>
    setSort((s) => ({
      key,
      direction: s?.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const toggle = (id: string) => {
    if (!selected || !onSelectedChange) return;
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };
  const allSelected =
    selected !== undefined && rows.length > 0 && rows.every((r) => selected.has(rowId(r)));
  const someSelected = selected !== undefined && selected.size > 0 && !allSelected;

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(sorted.length - 1, index));
    setFocused(clamped);
    body.current?.querySelectorAll<HTMLElement>('tr')[clamped]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, row: T, index: number) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowDown') focusRow(index + 1);
    else if (event.key === 'ArrowUp') focusRow(index - 1);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End') focusRow(sorted.length - 1);
    else if (event.key === 'Enter') onOpen(row);
    else if (event.key === ' ' && selected) toggle(rowId(row));
    else return;
    event.preventDefault();
  };

  return (
    <Table className={styles.table} size="small" aria-label={props.label} sortable>
      <TableHeader>
        <TableRow>
          {selected && (
            <TableSelectionCell
              checked={allSelected ? true : someSelected ? 'mixed' : false}
              checkboxIndicator={{ 'aria-label': t('common.selectAll') }}
              onClick={() =>
                onSelectedChange?.(allSelected ? new Set() : new Set(rows.map((r) => rowId(r))))
              }
            />
          )}
          {columns.map((c) => (
            <TableHeaderCell
              key={c.key}
              className={c.wide ? styles.wide : undefined}
              {...(c.sortValue
                ? {
                    sortDirection: sort?.key === c.key ? sort.direction : undefined,
                    onClick: () => toggleSort(c.key),
                  }
                : { sortable: false })}
            >
              {c.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody ref={body}>
        {sorted.map((row, index) => {
          const id = rowId(row);
          return (
            <TableRow
              key={id}
              className={styles.row}
              tabIndex={index === Math.min(focused, sorted.length - 1) ? 0 : -1}
              aria-selected={selected ? selected.has(id) : undefined}
              onClick={() => onOpen(row)}
              onFocus={() => setFocused(index)}
              onKeyDown={(e) => onKeyDown(e, row, index)}
            >
              {selected && (
                <TableSelectionCell
                  checked={selected.has(id)}
                  checkboxIndicator={{
                    'aria-label': t('common.selectRow', { name: props.rowName(row) }),
                  }}
                  onClick={(e) => {
                    e.stopPropagation();
                    toggle(id);
                  }}
                />
              )}
              {columns.map((c) => (
                <TableCell key={c.key} className={c.wide ? styles.wide : undefined}>
                  {c.render(row)}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
