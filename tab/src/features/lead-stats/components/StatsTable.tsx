import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type StatsRow = { key: string; cells: ReactNode[] };

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  total: { fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'end' },
  // A header cell lays its content out in a flex box of its own.
  numberHeader: { '& > *': { justifyContent: 'flex-end' } },
});

/** A read-only table of figures; the first column names the row, the others are numbers. */
export function StatsTable({
  label,
  headers,
  rows,
  total,
}: {
  label: string;
  headers: string[];
  rows: StatsRow[];
  total?: StatsRow;
}) {
  const styles = useStyles();
  const line = (row: StatsRow, isTotal: boolean) => (
    <TableRow key={row.key} className={isTotal ? styles.total : undefined}>
      {row.cells.map((cell, i) => (
        <TableCell key={i} className={i > 0 ? styles.number : undefined}>
          {cell}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <Table aria-label={label} size="small" className={styles.table}>
      <TableHeader>
        <TableRow>
          {headers.map((header, i) => (
            <TableHeaderCell key={header} className={i > 0 ? styles.numberHeader : undefined}>
              {header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => line(row, false))}
        {total && line(total, true)}
      </TableBody>
    </Table>
  );
}
