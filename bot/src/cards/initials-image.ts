/** Up to two initials of a name ("Élodie Martin" → "ÉM"); "?" for none. */
export function initialsOf(name: string | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  const letters = [words[0], words.length > 1 ? words.at(-1) : undefined]
    .map((w) => (w ? [...w][0]!.toUpperCase() : ''))
    .join('');
  return letters || '?';
}

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A round badge with the initials, as a `data:` URI (no address outside the message). */
export function initialsImage(name: string | undefined): string {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
    '<circle cx="32" cy="32" r="32" fill="#4647C4"/>' +
    '<text x="32" y="40" font-family="Segoe UI, sans-serif" font-size="24" fill="#FFFFFF" ' +
    `text-anchor="middle">${escapeXml(initialsOf(name))}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
