/**
 * The CSV of the rows an import left out, ready to fix and import again: the file's header and
 * each bad row as it was, with the line it had and the reason in two more columns.
 */
import type { ImportProblem } from '../model/import-job';
import { csvLine } from './chunk-reader';
import type { CsvSeparator } from './csv-reader';

export function badRowsCsv(
  header: readonly string[],
  problems: readonly ImportProblem[],
  labels: { line: string; reason: string },
  reasonOf: (problem: ImportProblem) => string = (problem) => problem.reason,
  separator: CsvSeparator = ',',
): string {
  const lines = [csvLine([...header, labels.line, labels.reason], separator)];
  for (const problem of problems) {
    // A ragged row keeps its own fields; the extra columns stay after the header's.
    const fields = header.map((_, i) => problem.fields[i] ?? '');
    const extra = problem.fields.slice(header.length);
    const reason = [reasonOf(problem), ...extra].join(' ');
    lines.push(csvLine([...fields, String(problem.line), reason.trim()], separator));
  }
  return `${lines.join('\r\n')}\r\n`;
}
