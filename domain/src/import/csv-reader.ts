/**
 * An incremental CSV tokenizer (RFC 4180 quoting) fed decoded text in chunks of any size. It
 * holds at most one record in memory, so a file of any length streams through it. Browser-safe.
 *
 * Rows carry the 1-based line of the file where they start: a quoted field with line breaks
 * spans several lines, and the next row's line still counts them.
 */

import type { ErrorCode, ErrorParams } from '../error-codes';

export type CsvSeparator = ',' | ';';

/** Why a row cannot be read: more or fewer fields than the header, or never ended. */
export type CsvErrorCode = Extract<
  ErrorCode,
  'import.ragged_row' | 'import.unclosed_quote' | 'import.record_too_long'
>;

export type CsvRow =
  | { type: 'header'; line: number; fields: string[] }
  | { type: 'record'; line: number; fields: string[] }
  | {
      type: 'error';
      line: number;
      code: CsvErrorCode;
      /** For a ragged row: how many fields the header has (`expected`) and the row (`actual`). */
      params: ErrorParams;
      /** What was read of the row (empty when it was too long to keep). */
      fields: string[];
    };

export type CsvReaderOptions = {
  /** Fixed separator; by default it is guessed from the header line. */
  separator?: CsvSeparator;
  /** A longer record is reported, not kept, so a never-closed quote cannot fill memory. */
  maxRecordChars?: number;
};

const DEFAULT_MAX_RECORD_CHARS = 1_000_000;

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/** The separator of a header line: the one of comma or semicolon seen most outside quotes. */
export function detectSeparator(headerLine: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** Where the first line ends outside quotes, or -1 when the text holds no full line yet. */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return i;
  }
  return -1;
}

export class CsvReader {
  private separator: CsvSeparator | undefined;
  private readonly maxRecordChars: number;
  /** Text before the separator is known (at most the header line). */
  private pendingHead = '';
  private atStart = true;
  private state: State = 'fieldStart';
  private field = '';
  private fields: string[] = [];
  private recordChars = 0;
  private tooLong = false;
  private line = 1;
  private recordLine = 1;
  /** A CR ended a record at the end of a chunk: an LF starting the next chunk is part of it. */
  private skipLF = false;
  /** The last character of quoted text read was a CR (an LF right after it is the same break). */
  private quotedCR = false;
  private headerWidth: number | undefined;
  private out: CsvRow[] = [];

  constructor(options: CsvReaderOptions = {}) {
    this.separator = options.separator;
    this.maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  }

  /** Feeds the next piece of text; answers the rows it completed. */
  push(chunk: string): CsvRow[] {
    let text = chunk;
    if (this.atStart && text.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.separator === undefined) {
      this.pendingHead += text;
      const end = firstLineEnd(this.pendingHead);
      if (end < 0 && this.pendingHead.length <= this.maxRecordChars) return [];
      this.separator = detectSeparator(end < 0 ? this.pendingHead : this.pendingHead.slice(0, end));
      text = this.pendingHead;
      this.pendingHead = '';
    }
    this.scan(text);
    return this.take();
  }

  /** Ends the input: answers the last row, or the error of a quote never closed. */
  end(): CsvRow[] {
    if (this.separator === undefined) {
      this.separator = detectSeparator(this.pendingHead);
      const head = this.pendingHead;
      this.pendingHead = '';
      this.scan(head);
    }
    if (this.state === 'quoted') {
      this.out.push({
        type: 'error',
        line: this.recordLine,
        code: 'import.unclosed_quote',
        params: {},
        fields: this.tooLong ? [] : [...this.fields, this.field],
      });
      this.resetRecord();
    } else if (this.state !== 'fieldStart' || this.fields.length > 0) {
      this.endRecord();
    }
    return this.take();
  }

  private take(): CsvRow[] {
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private append(text: string) {
    this.recordChars += text.length;
    if (this.recordChars > this.maxRecordChars) {
      this.tooLong = true;
      this.field = '';
      this.fields = [];
    } else {
      this.field += text;
    }
  }

  private endField() {
    if (!this.tooLong) this.fields.push(this.field);
    this.field = '';
    this.state = 'fieldStart';
  }

  private resetRecord() {
    this.fields = [];
    this.field = '';
    this.state = 'fieldStart';
    this.recordChars = 0;
    this.tooLong = false;
  }

  private endRecord() {
    const wasQuotedField = this.state === 'quoteInQuoted';
    this.endField();
    const fields = this.fields;
    const line = this.recordLine;
    const tooLong = this.tooLong;
    this.resetRecord();
    if (tooLong) {
      this.out.push({
        type: 'error',
        line,
        code: 'import.record_too_long',
        params: {},
        fields: [],
      });
      return;
    }
    // A blank line (one empty unquoted field) is no record: nobody meant an empty row.
    if (fields.length === 1 && fields[0] === '' && !wasQuotedField) return;
    if (this.headerWidth === undefined) {
      this.headerWidth = fields.length;
      this.out.push({ type: 'header', line, fields });
    } else if (fields.length !== this.headerWidth) {
      this.out.push({
        type: 'error',
        line,
        code: 'import.ragged_row',
        params: { expected: this.headerWidth, actual: fields.length },
        fields,
      });
    } else {
      this.out.push({ type: 'record', line, fields });
    }
  }

  /** Counts a line break starting at `i`; answers the index after it. */
  private lineBreak(text: string, i: number): number {
    this.line += 1;
    if (text[i] === '\r') {
      if (i + 1 < text.length) return text[i + 1] === '\n' ? i + 2 : i + 1;
      this.skipLF = true;
    }
    return i + 1;
  }

  private scan(text: string) {
    const separator = this.separator!;
    let i = 0;
    if (this.skipLF && text.length > 0) {
      this.skipLF = false;
      if (text[0] === '\n') i = 1;
    }
    while (i < text.length) {
      const char = text[i]!;
      switch (this.state) {
        case 'fieldStart':
        case 'unquoted': {
          if (char === '"' && this.state === 'fieldStart') {
            this.state = 'quoted';
            this.recordChars += 1;
            i += 1;
          } else if (char === separator) {
            this.recordChars += 1;
            this.endField();
            i += 1;
          } else if (char === '\n' || char === '\r') {
            this.endRecord();
            i = this.lineBreak(text, i);
            this.recordLine = this.line;
          } else {
            let stop = i + 1;
            while (stop < text.length) {
              const next = text[stop];
              if (next === separator || next === '\n' || next === '\r') break;
              stop += 1;
            }
            this.append(text.slice(i, stop));
            this.state = 'unquoted';
            i = stop;
          }
          break;
        }
        case 'quoted': {
          const quote = text.indexOf('"', i);
          const stop = quote < 0 ? text.length : quote;
          const piece = text.slice(i, stop);
          this.append(piece);
          this.countBreaks(piece);
          if (quote >= 0) {
            this.state = 'quoteInQuoted';
            this.quotedCR = false;
          }
          i = quote < 0 ? text.length : quote + 1;
          break;
        }
        case 'quoteInQuoted': {
          if (char === '"') {
            this.append('"');
            this.state = 'quoted';
            i += 1;
          } else if (char === separator) {
            this.recordChars += 1;
            this.endField();
            i += 1;
          } else if (char === '\n' || char === '\r') {
            this.endRecord();
            i = this.lineBreak(text, i);
            this.recordLine = this.line;
          } else {
            // Text after a closing quote (`"a"b`): kept as written, as spreadsheets do.
            this.state = 'unquoted';
          }
          break;
        }
      }
    }
  }

  /** Line breaks inside a quoted field still move the line count (CRLF counts once). */
  private countBreaks(piece: string) {
    for (let i = 0; i < piece.length; i += 1) {
      const char = piece[i];
      if (char === '\n') {
        if (!this.quotedCR) this.line += 1;
        this.quotedCR = false;
      } else if (char === '\r') {
        this.line += 1;
        this.quotedCR = true;
      } else {
        this.quotedCR = false;
      }
    }
  }
}
