/** A stored value as a short text: money objects, arrays, empties. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(displayValue).join(', ') : '—';
  if (typeof value === 'object') {
    const v = value as { amount?: unknown; currency?: unknown };
    if (typeof v.amount === 'number' && typeof v.currency === 'string')
      return `${(v.amount / 100).toFixed(2)} ${v.currency}`;
    return JSON.stringify(value);
  }
  return String(value);
}
