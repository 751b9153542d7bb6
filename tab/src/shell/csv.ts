/** Downloads rows as a CSV file (RFC 4180 quoting; a BOM so Excel reads UTF-8). */
export function downloadCsv(
  fileName: string,
  header: string[],
  rows: (string | number | undefined)[][],
): void {
  const quote = (v: string | number | undefined) => {
    const text = v === undefined ? '' : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n');
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
