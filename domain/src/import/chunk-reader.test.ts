import { describe, expect, it } from 'vitest';
import { fileLayout, readChunk, type ChunkStart, type ReadRow } from './chunk-reader';

/** The file from `offset`, in pieces of `size` bytes, as a ranged blob read delivers it. */
async function* from(bytes: Uint8Array, offset: number, size: number) {
  for (let i = offset; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

/** Every row of the file, read chunk after chunk, each chunk restarting from its offset. */
async function readInChunks(name: string, bytes: Uint8Array, maxRows: number, size = 7) {
  const layout = fileLayout(name, bytes.subarray(0, 4096));
  const rows: ReadRow[] = [];
  let start: ChunkStart = { offset: 0, line: 1 };
  let chunks = 0;
  for (;;) {
    const chunk = await readChunk(from(bytes, start.offset, size), layout, start, maxRows);
    rows.push(...chunk.rows);
    chunks += 1;
    if (chunk.done) return { layout, rows, chunks };
    start = chunk.next;
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const CSV = [
  'Imię;Nazwisko;Notatka',
  'Zażółć;Gęślą;"jaźń',
  'w dwóch liniach"',
  '',
  'Jan;Kowalski;krótko',
  'Anna;Nowak',
  'Ewa;"Wiśniewska";"""cytat"""',
  'Piotr;Zieliński;ostatni',
].join('\r\n');

describe('reading an import file chunk by chunk', () => {
  it('gives the same rows and lines whatever the chunk size, across multi-line fields', async () => {
    const whole = await readInChunks('leads.csv', utf8(`\uFEFF${CSV}`), 1000);
    expect(whole.layout).toMatchObject({ separator: ';', header: ['Imię', 'Nazwisko', 'Notatka'] });
    expect(whole.rows).toEqual([
      { line: 2, fields: ['Zażółć', 'Gęślą', 'jaźń\r\nw dwóch liniach'] },
      { line: 5, fields: ['Jan', 'Kowalski', 'krótko'] },
      {
        line: 6,
        fields: ['Anna', 'Nowak'],
        error: { code: 'import.ragged_row', params: { expected: 3, actual: 2 } },
      },
      { line: 7, fields: ['Ewa', 'Wiśniewska', '"cytat"'] },
      { line: 8, fields: ['Piotr', 'Zieliński', 'ostatni'] },
    ]);
    for (const maxRows of [1, 2, 3]) {
      const chunked = await readInChunks('leads.csv', utf8(`\uFEFF${CSV}`), maxRows, 3);
      expect(chunked.rows).toEqual(whole.rows);
      expect(chunked.chunks).toBeGreaterThan(1);
    }
  });

  it('reads Windows-1250 bytes a line at a time', async () => {
    // "Imię,Firma\nŁucja,Żabka\n" in Windows-1250.
    const bytes = Uint8Array.from([
      ...utf8('Imi'),
      0xea,
      ...utf8(',Firma\n'),
      0xa3,
      ...utf8('ucja,'),
      0xaf,
      ...utf8('abka\n'),
    ]);
    const read = await readInChunks('a.csv', bytes, 1);
    expect(read.layout.encoding).toBe('windows-1250');
    expect(read.rows).toEqual([{ line: 2, fields: ['Łucja', 'Żabka'] }]);
  });

  it('ends vCard chunks at a card end, keeping the card lines', async () => {
    const card = (first: string, last: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${last};${first};;;\r\nFN:${first} ${last}\r\nEMAIL:${first.toLowerCase()}@example.com\r\nEND:VCARD\r\n`;
    const file = utf8(card('Anna', 'Nowak') + card('Jan', 'Kowalski') + card('Ewa', 'Lis'));
    const whole = await readInChunks('people.vcf', file, 100);
    const chunked = await readInChunks('people.vcf', file, 1);
    expect(chunked.rows).toEqual(whole.rows);
    expect(whole.rows.map((row) => [row.line, row.fields[0], row.fields[1]])).toEqual([
      [1, 'Anna', 'Nowak'],
      [7, 'Jan', 'Kowalski'],
      [13, 'Ewa', 'Lis'],
    ]);
  });
});
