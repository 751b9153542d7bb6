/**
 * Reads one chunk of an import file from a byte offset: the rows of at most `maxRows` records,
 * and where the next chunk starts (a byte offset at a record boundary and the file's line
 * there). The bytes are cut into physical lines at LF, which is never part of a multi-byte
 * character in UTF-8 and is one byte in the Windows code pages, so each line decodes on its own;
 * the CSV and vCard readers tell when a line ends a record. Only the current line is held.
 * Browser-safe.
 */
import type { ErrorCode, ErrorParams } from '../error-codes';
import { CsvReader, detectSeparator, type CsvSeparator } from './csv-reader';
import { detectEncoding, type TextEncodingName } from './decode';
import { VCARD_COLUMNS, VCardReader, vcardRow, type VCard } from './vcard';

export type ImportFormat = 'csv' | 'vcard';

/** What the first bytes of the file told: how to read every chunk of it. */
export type FileLayout = {
  format: ImportFormat;
  encoding: TextEncodingName;
  /** CSV only. */
  separator?: CsvSeparator;
  header: string[];
};

/** Where a chunk starts: a byte offset at a record boundary and the 1-based line there. */
export type ChunkStart = { offset: number; line: number };

export type ReadRow =
  | { line: number; fields: string[] }
  | { line: number; fields: string[]; error: { code: ErrorCode; params: ErrorParams } };

export type ChunkRead = { rows: ReadRow[]; next: ChunkStart; done: boolean };

const LF = 0x0a;

/** The file's physical lines from `bytes`, each with its LF (the last maybe without). */
async function* physicalLines(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  for await (const piece of bytes) {
    let start = 0;
    for (let end = piece.indexOf(LF); end >= 0; end = piece.indexOf(LF, start)) {
      const tail = piece.subarray(start, end + 1);
      yield pending.length === 0 ? tail : concat([...pending, tail]);
      pending = [];
      start = end + 1;
    }
    if (start < piece.length) pending.push(piece.slice(start));
  }
  if (pending.length > 0) yield concat(pending);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** A CSV line of `fields`, quoted where a field needs it. */
export function csvLine(fields: readonly string[], separator: CsvSeparator): string {
  return fields
    .map((field) =>
      field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field,
    )
    .join(separator);
}

type RecordSource = {
  /** The rows the line completed; `boundary` when a chunk may end after it. */
  push(text: string): { rows: ReadRow[]; boundary: boolean };
  end(): ReadRow[];
};

function csvSource(layout: FileLayout, start: ChunkStart): RecordSource {
  const reader = new CsvReader({ separator: layout.separator ?? ',' });
  let shift = 0;
  if (start.offset > 0) {
    // A later chunk starts after the header: the reader is given it again, as line 1.
    const header = `${csvLine(layout.header, layout.separator ?? ',')}\n`;
    reader.push(header);
    shift = start.line - (header.split('\n').length - 1) - 1;
  }
  const rowsOf = (completed: ReturnType<CsvReader['push']>): ReadRow[] =>
    completed.flatMap((row): ReadRow[] => {
      if (row.type === 'header') return [];
      const line = row.line + shift;
      return row.type === 'record'
        ? [{ line, fields: row.fields }]
        : [{ line, fields: row.fields, error: { code: row.code, params: row.params } }];
    });
  return {
    push(text) {
      const completed = reader.push(text);
      return { rows: rowsOf(completed), boundary: completed.length > 0 };
    },
    end: () => rowsOf(reader.end()),
  };
}

function vcardSource(start: ChunkStart): RecordSource {
  const reader = new VCardReader();
  const shift = start.line - 1;
  const rowsOf = (cards: VCard[]): ReadRow[] =>
    cards.map((card) => {
      const { fields } = vcardRow(card);
      const line = card.line + shift;
      const problem = card.problems[0];
      return problem
        ? { line, fields, error: { code: problem.code, params: problem.params } }
        : { line, fields };
    });
  return {
    push(text) {
      const cards = reader.push(text);
      // A card is complete at its END line; the reader releases it at the next line or at end().
      if (text.trim().toUpperCase() !== 'END:VCARD')
        return { rows: rowsOf(cards), boundary: false };
      return { rows: rowsOf([...cards, ...reader.end()]), boundary: true };
    },
    end: () => rowsOf(reader.end()),
  };
}

/**
 * Reads the records of the chunk starting at `start`, `bytes` being the file from that offset.
 * The chunk ends after the record that makes `maxRows` rows (a bad row counts), or at the end.
 */
export async function readChunk(
  bytes: AsyncIterable<Uint8Array>,
  layout: FileLayout,
  start: ChunkStart,
  maxRows: number,
): Promise<ChunkRead> {
  const source = layout.format === 'csv' ? csvSource(layout, start) : vcardSource(start);
  // Each line is decoded whole (no `stream`), so the decoder carries nothing between lines.
  const decoder = new TextDecoder(layout.encoding);
  const rows: ReadRow[] = [];
  let offset = start.offset;
  let line = start.line;
  for await (const bytesOfLine of physicalLines(bytes)) {
    const pushed = source.push(decoder.decode(bytesOfLine));
    rows.push(...pushed.rows);
    offset += bytesOfLine.length;
    line += 1;
    if (pushed.boundary && rows.length >= maxRows)
      return { rows, next: { offset, line }, done: false };
  }
  rows.push(...source.end());
  return { rows, next: { offset, line }, done: true };
}

const VCARD_START = /^\s*BEGIN:VCARD/i;

/**
 * How to read a file, from its name and first bytes (some kilobytes: the header line must be
 * among them). A `.vcf` name or a first line `BEGIN:VCARD` makes it a vCard file.
 */
export function fileLayout(fileName: string, sample: Uint8Array): FileLayout {
  const encoding = detectEncoding(sample);
  const text = new TextDecoder(encoding).decode(sample);
  if (/\.(vcf|vcard)$/i.test(fileName) || VCARD_START.test(text))
    return { format: 'vcard', encoding, header: [...VCARD_COLUMNS] };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = detectSeparator(firstLine);
  const header = new CsvReader({ separator }).push(text).find((row) => row.type === 'header');
  return { format: 'csv', encoding, separator, header: header?.fields ?? [] };
}
