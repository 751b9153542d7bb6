/**
 * What a chat message says about a prospective lead: the e-mail address, phone number and
 * company it mentions, and the name of its author. A guess to prefill a form the user checks,
 * never a record by itself.
 */
export type LeadFromMessage = {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  company?: string;
};

/** Mailboxes anyone can have: their domain says nothing about the sender's company. */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'orange.fr',
  'free.fr',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'proton.me',
  'protonmail.com',
]);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Teams sends a message's body as HTML: its text, with block ends as line breaks. */
export function messageText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** 2026-11-30, 30.11.2026, 30/11/26: digits a phone pattern would take. */
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/** A run of digits with the separators people write (at least 7 digits, at most 15). */
const PHONE = /(?:\+|\b)[0-9][0-9 ()./-]{5,22}[0-9]\b/g;
/** "Company: Acme", "Firma: Acme", "Société : Acme", "Firma - Acme" … up to the line's end. */
const COMPANY_LABEL =
  /(?:^|\n|\s)(?:company|organi[sz]ation|firma|société|societe|entreprise|unternehmen|compania|companie|firmă)\s*[:–-]\s*([^\n,;]+)/i;
/** "at Acme Corp", "from Northwind Traders", "chez Contoso", "bei Fabrikam": capitalised words. */
const COMPANY_PREPOSITION =
  /(?<![\p{L}\p{N}])(?:at|from|chez|bei|w)\s+(\p{Lu}[\p{L}\p{N}&'-]*(?:[ ]+(?:\p{Lu}[\p{L}\p{N}&'-]*|&))*)/u;

function phoneIn(text: string): string | undefined {
  for (const match of text.matchAll(PHONE)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '').length;
    if (DATE.test(candidate)) continue;
    if (digits >= 7 && digits <= 15) return candidate;
  }
  return undefined;
}

/** "acme-corp.co.uk" is "Acme Corp": the label before the public suffix, words capitalised. */
function companyOfDomain(domain: string): string | undefined {
  if (FREE_MAIL.has(domain)) return undefined;
  const labels = domain.split('.');
  const suffixLength = labels.length > 2 && labels.at(-2)!.length <= 3 ? 2 : 1;
  const name = labels[labels.length - suffixLength - 1];
  if (!name) return undefined;
  return name
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

function companyIn(text: string, email: string | undefined): string | undefined {
  const labelled = COMPANY_LABEL.exec(text)?.[1]?.trim();
  if (labelled) return labelled;
  const named = COMPANY_PREPOSITION.exec(text)?.[1]?.replace(/['-]+$/, '');
  if (named) return named;
  return email ? companyOfDomain(email.split('@')[1]!.toLowerCase()) : undefined;
}

/** "Ana María López" is first name "Ana María", last name "López"; one word is a last name. */
function namesOf(author: string | undefined): Pick<LeadFromMessage, 'firstName' | 'lastName'> {
  const words = (author ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  if (words.length === 1) return { lastName: words[0] };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) };
}

/** The lead a message suggests: its text's e-mail, phone and company, its author's names. */
export function leadFromMessage(message: { html: string; author?: string }): LeadFromMessage {
  const text = messageText(message.html);
  const email = EMAIL.exec(text)?.[0];
  const withoutEmail = email ? text.replace(email, ' ') : text;
  const found: LeadFromMessage = {
    ...namesOf(message.author),
    email,
    phone: phoneIn(withoutEmail),
    company: companyIn(withoutEmail, email),
  };
  return Object.fromEntries(
    Object.entries(found).filter(([, value]) => value !== undefined),
  ) as LeadFromMessage;
}
