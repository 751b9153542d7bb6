/**
 * The normalised keys under which a lead, contact or account is looked up for duplicates. Two
 * records that share a key are possible duplicates. Each key is short enough, and made of safe
 * enough characters, to be the id of a small key document read with a point read. Browser-safe
 * (libphonenumber-js runs in the browser too).
 *
 * Kinds:
 * - `email:` the address, lower-cased; dots and plus tags dropped where the provider ignores them;
 * - `phone:` E.164, national numbers read in the space's default country;
 * - `domain:` an organisation's web host (an account's website, or its e-mail's domain unless it
 *   is a public mail provider);
 * - `company:` an organisation's name without its legal form, accents or word order;
 * - `person:` a person's name with their company, or with their e-mail's domain when it is not a
 *   public mail provider. A name alone is no key: two people may share it.
 * People (leads, contacts) get email, phone and person keys: their company or website is shared
 * with their colleagues, who are not duplicates. Accounts get email, phone, domain and company.
 */
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { foldText } from './fold-text';

export type DuplicateKeyKind = 'email' | 'phone' | 'domain' | 'company' | 'person';

/** A lead or contact (a contact's `company` is its account's name, when the caller knows it). */
export type PersonKeySource = {
  type: 'lead' | 'contact';
  firstName?: string | undefined;
  lastName?: string | undefined;
  company?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
};

export type AccountKeySource = {
  type: 'account';
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  website?: string | undefined;
};

export type DuplicateKeySource = PersonKeySource | AccountKeySource;

export type DuplicateKeyOptions = {
  /** ISO 3166 country (e.g. `PL`) for phone numbers written without their country code. */
  defaultCountry?: string | undefined;
};

/**
 * Providers that deliver `a.b+tag@` to `ab@` (dots: Gmail only) — an address written either way
 * is the same mailbox. Googlemail is Gmail under its old name.
 */
const DOTS_IGNORED = new Set(['gmail.com', 'googlemail.com']);
const PLUS_TAGS_IGNORED = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'outlook.de',
  'hotmail.com',
  'hotmail.fr',
  'hotmail.de',
  'hotmail.co.uk',
  'live.com',
  'live.fr',
  'live.de',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'protonmail.com',
  'proton.me',
  'pm.me',
  'fastmail.com',
]);
const DOMAIN_ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com' };

/**
 * Public mail providers: their domain says nothing about a company, so it never makes a company
 * or person key. International ones and those common in Poland, Germany, France and Romania.
 */
const PUBLIC_MAIL_DOMAINS = new Set([
  ...PLUS_TAGS_IGNORED,
  'yahoo.com',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.co.uk',
  'yahoo.ro',
  'ymail.com',
  'aol.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'gmx.fr',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mail.de',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'op.pl',
  'interia.pl',
  'poczta.fm',
  'tlen.pl',
  'gazeta.pl',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'neuf.fr',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
]);

/** Whether an e-mail domain belongs to a public mail provider (any `yahoo.*` counts). */
export const isPublicMailDomain = (domain: string): boolean => {
  const host = domain.toLowerCase();
  return PUBLIC_MAIL_DOMAINS.has(host) || /^yahoo\.[a-z.]+$/.test(host);
};

/** The e-mail as the mailbox it reaches, or undefined when it is no address. */
export function normalizeEmail(email: string): string | undefined {
  const text = email.trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at < 1 || at === text.length - 1) return undefined;
  let local = text.slice(0, at);
  let domain = text.slice(at + 1).replace(/\.$/, '');
  if (PLUS_TAGS_IGNORED.has(domain)) local = local.replace(/\+.*$/, '');
  if (DOTS_IGNORED.has(domain)) local = local.replace(/\./g, '');
  domain = DOMAIN_ALIASES[domain] ?? domain;
  return local ? `${local}@${domain}` : undefined;
}

/** The phone number in E.164 (`+48601000000`), or undefined when it cannot be one. */
export function normalizePhone(phone: string, defaultCountry?: string): string | undefined {
  const country = defaultCountry?.toUpperCase();
  const parsed = parsePhoneNumberFromString(
    phone,
    country && isSupportedCountry(country) ? country : undefined,
  );
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** A website's host, lower-case, without `www.`, port or path; undefined when there is none. */
export function normalizeWebsite(website: string): string | undefined {
  const text = website.trim();
  if (!text) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return undefined;
  }
  host = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  return host.includes('.') ? host : undefined;
}

/**
 * Legal forms as folded word sequences (dots removed, so `Sp. z o.o.` is `sp z oo` and `S.A.`
 * is `sa`), dropped from the end of a company name. A form comes before any shorter form it
 * ends with (`gmbh co kg` before `kg`).
 */
const LEGAL_FORMS = [
  'spolka z ograniczona odpowiedzialnoscia',
  'spolka akcyjna',
  'spolka komandytowa',
  'spolka jawna',
  'sp z oo',
  'sp z o o',
  'sp zoo',
  'spz oo',
  'spzoo',
  'sp k',
  'sp j',
  'spk',
  'spj',
  'sc',
  'spol s ro',
  'sro',
  'as',
  'gmbh co kg',
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'gbr',
  'ev',
  'ltd',
  'limited',
  'plc',
  'llp',
  'llc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sca',
  'srl',
  'sl',
  'spa',
  'pfa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'aps',
  'kft',
].map((form) => form.split(' '));

/** `S.C.` (societate comercială) written before a Romanian company's name. */
const LEADING_LEGAL_FORMS = new Set(['sc']);

const endsWith = (tokens: string[], form: string[]) =>
  tokens.length > form.length &&
  form.every((word, i) => tokens[tokens.length - form.length + i] === word);

/** A company name's words without its legal form, sorted: order and accents do not matter. */
export function companyNameKey(name: string): string | undefined {
  let tokens = foldText(name).split(' ').filter(Boolean);
  let dropped = true;
  while (dropped) {
    const form = LEGAL_FORMS.find((candidate) => endsWith(tokens, candidate));
    dropped = form !== undefined;
    if (form) tokens = tokens.slice(0, tokens.length - form.length);
  }
  if (tokens.length > 1 && LEADING_LEGAL_FORMS.has(tokens[0]!)) tokens = tokens.slice(1);
  return tokens.length > 0 ? [...tokens].sort().join('-') : undefined;
}

/** A person's name words, folded and sorted (`Kowalski Jan` is `Jan Kowalski`). */
export function personNameKey(...parts: (string | undefined)[]): string | undefined {
  const tokens = foldText(parts.filter(Boolean).join(' ')).split(' ').filter(Boolean);
  return tokens.length > 0 ? tokens.sort().join('-') : undefined;
}

/** A stable 64-bit FNV-1a hash of the text's UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

const MAX_READABLE_KEY = 200;

/**
 * A key as a document id: readable when short and free of what Cosmos DB ids refuse, else its
 * kind and a hash (`h-` and 16 hex digits, which no readable key of the kind can be).
 */
function asId(kind: DuplicateKeyKind, value: string): string {
  const key = `${kind}:${value}`;
  const safe = key.length <= MAX_READABLE_KEY && !/[/\\?#\s\p{Cc}]/u.test(key);
  return safe ? key : `${kind}:h-${fnv1a64(value)}`;
}

const emailDomain = (email: string | undefined) =>
  email === undefined ? undefined : email.slice(email.lastIndexOf('@') + 1);

function personKeys(record: PersonKeySource, email: string | undefined): string[] {
  const name = personNameKey(record.firstName, record.lastName);
  if (!name) return [];
  const keys: string[] = [];
  const company = record.company ? companyNameKey(record.company) : undefined;
  if (company) keys.push(asId('person', `${name}|${company}`));
  const domain = emailDomain(email);
  if (domain && !isPublicMailDomain(domain)) keys.push(asId('person', `${name}@${domain}`));
  return keys;
}

function accountKeys(record: AccountKeySource, email: string | undefined): string[] {
  const keys: string[] = [];
  const company = companyNameKey(record.name);
  if (company) keys.push(asId('company', company));
  const website = record.website ? normalizeWebsite(record.website) : undefined;
  if (website) keys.push(asId('domain', website));
  const domain = emailDomain(email);
  if (domain && !isPublicMailDomain(domain) && domain !== website)
    keys.push(asId('domain', domain));
  return keys;
}

/** The duplicate keys of a record, each prefixed by its kind, without repeats. */
export function duplicateKeys(
  record: DuplicateKeySource,
  options: DuplicateKeyOptions = {},
): string[] {
  const email = record.email ? normalizeEmail(record.email) : undefined;
  const phone = record.phone ? normalizePhone(record.phone, options.defaultCountry) : undefined;
  const keys = [
    ...(email ? [asId('email', email)] : []),
    ...(phone ? [asId('phone', phone)] : []),
    ...(record.type === 'account' ? accountKeys(record, email) : personKeys(record, email)),
  ];
  return [...new Set(keys)];
}
