import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRow } from './csv-reader';
import { ChunkDecoder, detectEncoding } from './decode';

/** Reads text fed in pieces of `size` characters, as a stream would deliver it. */
function readAll(text: string, size = text.length || 1): CsvRow[] {
  const reader = new CsvReader();
  const rows: CsvRow[] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...reader.push(text.slice(i, i + size)));
  rows.push(...reader.end());
  return rows;
}

/** Decodes bytes in chunks of `size` with the encoding detected from the first bytes, then reads. */
function readBytes(bytes: Uint8Array, size: number): CsvRow[] {
  const decoder = ChunkDecoder.forSample(bytes.subarray(0, 4096));
  const reader = new CsvReader();
  const rows: CsvRow[] = [];
  for (let i = 0; i < bytes.length; i += size)
    rows.push(...reader.push(decoder.decode(bytes.subarray(i, i + size))));
  rows.push(...reader.push(decoder.end()), ...reader.end());
  return rows;
}

const records = (rows: CsvRow[]) => rows.filter((row) => row.type === 'record');

describe('reading CSV', () => {
  it('reads a header and records with their line numbers, comma separated', () => {
    const rows = readAll('Name,E-mail\nZofia,zofia@example.com\nJan,jan@example.com\n');
    expect(rows).toEqual([
      { type: 'header', line: 1, fields: ['Name', 'E-mail'] },
      { type: 'record', line: 2, fields: ['Zofia', 'zofia@example.com'] },
      { type: 'record', line: 3, fields: ['Jan', 'jan@example.com'] },
    ]);
  });

  it('guesses a semicolon from the header, even with commas inside a quoted header', () => {
    const rows = readAll(
      '"Nazwisko, imię";Firma;Telefon\r\nKowalski, Jan;ACME;+48 601 000 000\r\n',
    );
    expect(rows[0]).toMatchObject({ fields: ['Nazwisko, imię', 'Firma', 'Telefon'] });
    expect(rows[1]).toMatchObject({
      line: 2,
      fields: ['Kowalski, Jan', 'ACME', '+48 601 000 000'],
    });
  });

  it('keeps line breaks inside quotes and counts them for the next rows', () => {
    const text = 'name,note\r\nA,"first\r\nsecond\nthird"\r\nB,"say ""hi"""\rC,plain\n';
    for (const size of [1, 2, 3, 7, text.length]) {
      expect(readAll(text, size)).toEqual([
        { type: 'header', line: 1, fields: ['name', 'note'] },
        { type: 'record', line: 2, fields: ['A', 'first\r\nsecond\nthird'] },
        { type: 'record', line: 5, fields: ['B', 'say "hi"'] },
        { type: 'record', line: 6, fields: ['C', 'plain'] },
      ]);
    }
  });

  it('strips a byte order mark, skips blank lines and ignores the trailing empty line', () => {
    const rows = readAll('\uFEFFa,b\n1,2\n\n3,4\n\n');
    expect(rows).toEqual([
      { type: 'header', line: 1, fields: ['a', 'b'] },
      { type: 'record', line: 2, fields: ['1', '2'] },
      { type: 'record', line: 4, fields: ['3', '4'] },
    ]);
  });

  it('reads a last row without a line break and empty fields', () => {
    expect(records(readAll('a,b,c\n,,\n1,,3'))).toEqual([
      { type: 'record', line: 2, fields: ['', '', ''] },
      { type: 'record', line: 3, fields: ['1', '', '3'] },
    ]);
  });

  it('reports ragged rows with their line and goes on', () => {
    const rows = readAll('a,b\n1\n1,2,3\n4,5\n');
    expect(rows.slice(1)).toEqual([
      {
        type: 'error',
        line: 2,
        code: 'import.ragged_row',
        params: { expected: 2, actual: 1 },
        fields: ['1'],
      },
      {
        type: 'error',
        line: 3,
        code: 'import.ragged_row',
        params: { expected: 2, actual: 3 },
        fields: ['1', '2', '3'],
      },
      { type: 'record', line: 4, fields: ['4', '5'] },
    ]);
  });

  it('reports a quote never closed at the end, with the line where its row starts', () => {
    const rows = readAll('a,b\n1,2\n3,"never\nclosed\n4,5\n', 4);
    expect(rows.slice(1)).toEqual([
      { type: 'record', line: 2, fields: ['1', '2'] },
      {
        type: 'error',
        line: 3,
        code: 'import.unclosed_quote',
        params: {},
        fields: ['3', 'never\nclosed\n4,5\n'],
      },
    ]);
  });

  it('does not keep a record longer than the limit, and reads on after it', () => {
    const reader = new CsvReader({ maxRecordChars: 20 });
    const rows = [
      ...reader.push('a,b\n1,"'),
      ...reader.push('x'.repeat(100)),
      ...reader.push('"\n2,3\n'),
      ...reader.end(),
    ];
    expect(rows.slice(1)).toEqual([
      { type: 'error', line: 2, code: 'import.record_too_long', params: {}, fields: [] },
      { type: 'record', line: 3, fields: ['2', '3'] },
    ]);
  });
});

describe('reading any CSV a spreadsheet writes', () => {
  const field = fc.string({
    unit: fc.constantFrom('a', 'Ż', ' ', ',', ';', '"', '\r', '\n', '\r\n'),
    maxLength: 6,
  });
  const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
    fc.array(fc.array(field, { minLength: width, maxLength: width }), {
      minLength: 1,
      maxLength: 6,
    }),
  );

  it('gives back every field and each row its first line, however the text is cut', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', ';'),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
        (rows, separator, lineEnd, cuts) => {
          const quote = (text: string) =>
            text === '' || /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
          const lines = rows.map((row) => row.map(quote).join(separator) + lineEnd);
          const text = lines.join('');
          const reader = new CsvReader();
          const read: CsvRow[] = [];
          let at = 0;
          for (let i = 0; at < text.length; i += 1) {
            const size = cuts[i % cuts.length]!;
            read.push(...reader.push(text.slice(at, at + size)));
            at += size;
          }
          read.push(...reader.end());
          const lineOf = (index: number) =>
            1 +
            (lines
              .slice(0, index)
              .join('')
              .match(/\r\n|\r|\n/g)?.length ?? 0);
          expect(read).toEqual(
            rows.map((fields, index) => ({
              type: index === 0 ? 'header' : 'record',
              line: lineOf(index),
              fields,
            })),
          );
        },
      ),
    );
  });
});

describe('decoding an upload', () => {
  const latin = (text: string, table: Record<string, number>) =>
    Uint8Array.from(text, (char) => table[char] ?? char.charCodeAt(0));

  it('reads UTF-8 with a byte order mark, even when chunks split its characters', () => {
    const bytes = new TextEncoder().encode('\uFEFFImię;Nazwisko\nŁukasz;Żółć\n');
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(records(readBytes(bytes, 1))).toEqual([
      { type: 'record', line: 2, fields: ['Łukasz', 'Żółć'] },
    ]);
  });

  it('reads UTF-8 without a byte order mark', () => {
    const bytes = new TextEncoder().encode('Prénom,Société\nRené,Müller GmbH\n');
    expect(records(readBytes(bytes, 5))[0]?.fields).toEqual(['René', 'Müller GmbH']);
  });

  it('reads Windows-1250 (Polish)', () => {
    const table = { ą: 0xb9, ś: 0x9c, ź: 0x9f, ę: 0xea, ł: 0xb3, ż: 0xbf, ó: 0xf3, Ł: 0xa3 };
    const bytes = latin('Imię;Firma\nŁukasz;Źródło Sp. z o.o.\nGrażyna;Łąka\n', {
      ...table,
      Ź: 0x8f,
    });
    expect(detectEncoding(bytes)).toBe('windows-1250');
    expect(records(readBytes(bytes, 3)).map((row) => row.fields)).toEqual([
      ['Łukasz', 'Źródło Sp. z o.o.'],
      ['Grażyna', 'Łąka'],
    ]);
  });

  it('reads Windows-1252 (French and German)', () => {
    const table = { é: 0xe9, è: 0xe8, à: 0xe0, ü: 0xfc, ê: 0xea, ç: 0xe7 };
    const bytes = latin('Prénom,Société\nHélène,Crêperie à Nîmes\nJürgen,Façade\n', {
      ...table,
      î: 0xee,
    });
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(records(readBytes(bytes, 4)).map((row) => row.fields)).toEqual([
      ['Hélène', 'Crêperie à Nîmes'],
      ['Jürgen', 'Façade'],
    ]);
  });
});
