/** What a contact-data link does, said with its value ("Write to ana@example.org"). */
export const CONTACT_LINK_LABELS = {
  email: 'link.email',
  tel: 'link.tel',
  url: 'link.url',
} as const;

/** Where a piece of contact data leads: `mailto:`, `tel:`, or an http(s) website, else nowhere. */
export function contactHref(kind: 'email' | 'tel' | 'url', value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (kind === 'email') return `mailto:${text}`;
  if (kind === 'tel') return `tel:${text.replace(/[^\d+]/g, '')}`;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
