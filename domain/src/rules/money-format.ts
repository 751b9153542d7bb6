const formats = new Map<string, Intl.NumberFormat>();

/** `tag` when the runtime knows it as a locale, else English (a bad tag must not break a card). */
function knownLocale(tag: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** An amount in minor units as `locale` writes money, in whole units as boards and cards show it. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(knownLocale(locale), {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    });
    formats.set(key, format);
  }
  return format.format(minor / 100);
}
