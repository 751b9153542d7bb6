/** An IANA time zone the runtime knows ("Europe/Berlin"), else undefined. */
export function knownTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A well-formed BCP 47 locale in its canonical spelling ("de-DE"), else undefined. */
export function knownLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 16) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}
