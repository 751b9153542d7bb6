/** Sums per currency as text: `€12,000` or `€12,000 · $3,000`. */
export function formatSums(
  sums: Record<string, number>,
  money: (minor: number, currency: string) => string,
  fallbackCurrency: string,
): string {
  const entries = Object.entries(sums).filter(([, v]) => v !== 0);
  if (entries.length === 0) return money(0, fallbackCurrency);
  return entries.map(([currency, minor]) => money(minor, currency)).join(' · ');
}
