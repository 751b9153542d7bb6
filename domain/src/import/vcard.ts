/**
 * A vCard reader (versions 2.1, 3.0 and 4.0) fed text in chunks: several cards in one file,
 * folded lines, quoted-printable values with their charset, escapes (`\\`, `\;`, `\,`, `\n`).
 * Each card becomes the contact-shaped values of a row, so it goes through the same mapping and
 * checks as a CSV row, with the problems met while reading it (line and reason). Browser-safe.
 */
import type { ErrorCode, ErrorParams } from '../error-codes';
import type { ColumnMapping } from './column-mapping';

/** What a card gives, in the order of the columns of the row it becomes. */
export const VCARD_COLUMNS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
  'company',
  'website',
  'address',
  'note',
] as const;
export type VCardValue = (typeof VCARD_COLUMNS)[number];

/** The columns a contact takes from a card (a contact stores no company, address or note). */
export const VCARD_CONTACT_MAPPING: ColumnMapping = {
  recordType: 'contact',
  columns: VCARD_COLUMNS.map((header) => ({
    header,
    field:
      header === 'firstName' ||
      header === 'lastName' ||
      header === 'email' ||
      header === 'phone' ||
      header === 'jobTitle'
        ? header
        : null,
  })),
};

export type VCardProblem = {
  line: number;
  code: Extract<
    ErrorCode,
    | 'import.vcard_version'
    | 'import.vcard_no_colon'
    | 'import.vcard_charset'
    | 'import.vcard_not_closed'
  >;
  params: ErrorParams;
};

export type VCard = {
  /** The line of its `BEGIN:VCARD`. */
  line: number;
  version?: string;
  values: Partial<Record<VCardValue, string>>;
  /** Every e-mail and phone of the card, the preferred first (`values` holds the first). */
  emails: string[];
  phones: string[];
  problems: VCardProblem[];
};

/** The card as a row under the header `VCARD_COLUMNS`. */
export const vcardRow = (card: VCard) => ({
  line: card.line,
  fields: VCARD_COLUMNS.map((column) => card.values[column] ?? ''),
});

type Property = { name: string; params: Map<string, string[]>; value: string };
type Ranked = { value: string; rank: number };

const SUPPORTED_VERSIONS = new Set(['2.1', '3.0', '4.0']);

/** Splits at `separator` where no double quote is open. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Where the value starts: the first colon outside a quoted parameter value. */
function valueColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === ':') return i;
  }
  return -1;
}

function parseProperty(text: string): Property | undefined {
  const colon = valueColon(text);
  if (colon < 0) return undefined;
  const [nameWithGroup = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  const name = nameWithGroup.slice(nameWithGroup.lastIndexOf('.') + 1).toUpperCase();
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const equals = raw.indexOf('=');
    // vCard 2.1 writes a bare type: `TEL;WORK;PREF:` is `TYPE=WORK,PREF`.
    const key = equals < 0 ? 'TYPE' : raw.slice(0, equals).toUpperCase();
    const values = splitOutsideQuotes(equals < 0 ? raw : raw.slice(equals + 1), ',').map((v) =>
      v.replace(/^"|"$/g, ''),
    );
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value: text.slice(colon + 1) };
}

const param = (property: Property, key: string) => property.params.get(key)?.[0];

const isQuotedPrintable = (text: string) => {
  const colon = valueColon(text);
  return colon >= 0 && /;\s*(ENCODING=)?QUOTED-PRINTABLE/i.test(text.slice(0, colon));
};

const utf8 = new TextEncoder();

/** Quoted-printable text (`=C5=81`) as the characters its bytes are in `charset`. */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const byte of utf8.encode(value[i])) bytes.push(byte);
    }
  }
  return new TextDecoder(charset).decode(Uint8Array.from(bytes));
}

/** Splits a structured value (`N`, `ADR`, `ORG`) at its unescaped semicolons. */
function components(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (value[i] === '\\') i += 1;
    else if (value[i] === ';') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

const unescape = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

const joinWords = (...words: (string | undefined)[]) =>
  words
    .map((word) => word?.trim())
    .filter(Boolean)
    .join(' ');

/** Lower is preferred: `PREF=1` (4.0), `TYPE=pref` (2.1, 3.0), then the order in the card. */
function rank(property: Property, order: number): number {
  const pref = Number(param(property, 'PREF'));
  if (Number.isInteger(pref) && pref >= 1) return pref;
  const types = (property.params.get('TYPE') ?? []).map((type) => type.toLowerCase());
  return types.includes('pref') ? 1 : 100 + order;
}

const byRank = (items: Ranked[]) =>
  [...items].sort((a, b) => a.rank - b.rank).map((item) => item.value);

/** A card being read: the properties so far. */
class CardBuilder {
  readonly problems: VCardProblem[] = [];
  private version: string | undefined;
  private readonly values: Partial<Record<VCardValue, string>> = {};
  private formattedName: string | undefined;
  private readonly emails: Ranked[] = [];
  private readonly phones: Ranked[] = [];

  constructor(readonly line: number) {}

  add(property: Property, line: number) {
    const encoding = param(property, 'ENCODING')?.toUpperCase();
    if (encoding === 'B' || encoding === 'BASE64') return;
    let value = property.value;
    if (
      encoding === 'QUOTED-PRINTABLE' ||
      property.params.get('TYPE')?.some((t) => t.toUpperCase() === 'QUOTED-PRINTABLE')
    ) {
      const charset = param(property, 'CHARSET') ?? 'utf-8';
      try {
        value = decodeQuotedPrintable(value, charset);
      } catch {
        this.problems.push({ line, code: 'import.vcard_charset', params: { charset } });
        return;
      }
    }
    const parts = components(value).map(unescape);
    const text = unescape(value).trim();
    switch (property.name) {
      case 'VERSION':
        this.version = text;
        if (!SUPPORTED_VERSIONS.has(text))
          this.problems.push({ line, code: 'import.vcard_version', params: { version: text } });
        break;
      case 'N':
        this.setOnce('lastName', parts[0]);
        this.setOnce('firstName', joinWords(parts[1], parts[2]));
        break;
      case 'FN':
        this.formattedName ??= text;
        break;
      case 'ORG':
        this.setOnce('company', parts[0]);
        break;
      case 'TITLE':
        this.setOnce('jobTitle', text);
        break;
      case 'EMAIL':
        if (text) this.emails.push({ value: text, rank: rank(property, this.emails.length) });
        break;
      case 'TEL':
        if (text)
          this.phones.push({
            value: text.replace(/^tel:/i, ''),
            rank: rank(property, this.phones.length),
          });
        break;
      case 'ADR': {
        const [poBox, extended, street, locality, region, postalCode, country] = parts;
        const address = [street, extended, poBox, joinWords(postalCode, locality), region, country]
          .map((part) => part?.trim())
          .filter(Boolean)
          .join(', ');
        this.setOnce('address', address);
        break;
      }
      case 'URL':
        this.setOnce('website', text);
        break;
      case 'NOTE':
        this.setOnce('note', text);
        break;
    }
  }

  private setOnce(key: VCardValue, value: string | undefined) {
    const text = value?.trim();
    if (text && this.values[key] === undefined) this.values[key] = text;
  }

  build(): VCard {
    if (this.values.lastName === undefined && this.formattedName) {
      const space = this.formattedName.lastIndexOf(' ');
      this.setOnce('lastName', this.formattedName.slice(space + 1));
      if (space > 0) this.setOnce('firstName', this.formattedName.slice(0, space));
    }
    const emails = byRank(this.emails);
    const phones = byRank(this.phones);
    this.setOnce('email', emails[0]);
    this.setOnce('phone', phones[0]);
    return {
      line: this.line,
      ...(this.version === undefined ? {} : { version: this.version }),
      values: this.values,
      emails,
      phones,
      problems: this.problems,
    };
  }
}

const notClosed = (line: number): VCardProblem => ({
  line,
  code: 'import.vcard_not_closed',
  params: {},
});

export class VCardReader {
  private partial = '';
  /** The physical line number of the next line to complete. */
  private nextLine = 1;
  private skipLF = false;
  private logical: { text: string; line: number } | undefined;
  private card: CardBuilder | undefined;
  private out: VCard[] = [];

  /** Feeds the next piece of text; answers the cards it completed. */
  push(chunk: string): VCard[] {
    let text = chunk;
    if (this.skipLF && text.startsWith('\n')) text = text.slice(1);
    this.skipLF = false;
    if (this.nextLine === 1 && this.partial === '' && text.charCodeAt(0) === 0xfeff)
      text = text.slice(1);
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i];
      if (char !== '\n' && char !== '\r') continue;
      this.physicalLine(this.partial + text.slice(start, i));
      this.partial = '';
      if (char === '\r') {
        if (i + 1 === text.length) this.skipLF = true;
        else if (text[i + 1] === '\n') i += 1;
      }
      start = i + 1;
    }
    this.partial += text.slice(start);
    return this.take();
  }

  /** Ends the input: answers the last card, with a problem if it was never closed. */
  end(): VCard[] {
    if (this.partial) this.physicalLine(this.partial);
    this.partial = '';
    this.flushLogical();
    if (this.card) {
      this.card.problems.push(notClosed(this.card.line));
      this.out.push(this.card.build());
      this.card = undefined;
    }
    return this.take();
  }

  private take(): VCard[] {
    const cards = this.out;
    this.out = [];
    return cards;
  }

  private physicalLine(text: string) {
    const line = this.nextLine;
    this.nextLine += 1;
    const logical = this.logical;
    if (logical && (text.startsWith(' ') || text.startsWith('\t'))) {
      logical.text += text.slice(1);
    } else if (logical && logical.text.endsWith('=') && isQuotedPrintable(logical.text)) {
      // A quoted-printable soft line break: `=` at the end joins the next line as it is.
      logical.text = logical.text.slice(0, -1) + text;
    } else {
      this.flushLogical();
      if (text.trim()) this.logical = { text, line };
    }
  }

  private flushLogical() {
    const logical = this.logical;
    this.logical = undefined;
    if (!logical) return;
    const property = parseProperty(logical.text);
    if (!property) {
      this.card?.problems.push({ line: logical.line, code: 'import.vcard_no_colon', params: {} });
      return;
    }
    const marker = property.value.trim().toUpperCase();
    if (property.name === 'BEGIN' && marker === 'VCARD') {
      if (this.card) {
        this.card.problems.push(notClosed(this.card.line));
        this.out.push(this.card.build());
      }
      this.card = new CardBuilder(logical.line);
    } else if (property.name === 'END' && marker === 'VCARD') {
      if (this.card) this.out.push(this.card.build());
      this.card = undefined;
    } else {
      this.card?.add(property, logical.line);
    }
  }
}

/** Every card of a whole text (for a file small enough to hold). */
export function parseVCards(text: string): VCard[] {
  const reader = new VCardReader();
  return [...reader.push(text), ...reader.end()];
}
