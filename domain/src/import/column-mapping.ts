/**
 * Which record field each column of an import file fills: guessed from the header names in
 * English, French, German, Polish and Romanian, corrected by the user, saved per tenant and
 * record type; then each row mapped to the record's create input, checked by the same zod
 * schemas the API uses. Browser-safe (the tab guesses and previews the first rows).
 */
import { z } from 'zod';
import type { ErrorCode, ErrorParams } from '../error-codes';
import { issueKey } from '../field-errors';
import { CreateAccountInput } from '../model/account';
import { CreateContactInput } from '../model/contact';
import { LeadFields, LeadSource } from '../model/lead';
import { foldText } from '../rules/fold-text';

export const ImportRecordType = z.enum(['lead', 'contact', 'account']);
export type ImportRecordType = z.infer<typeof ImportRecordType>;

/**
 * What a column can fill. `fullName` is not a stored field: it is split into first and last
 * name when the file has no separate columns for them.
 */
export const ImportField = z.enum([
  'fullName',
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'website',
  'tags',
  'name',
  'address',
  'industry',
  'registrationNumber',
  'vatNumber',
]);
export type ImportField = z.infer<typeof ImportField>;

const PERSON_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'jobTitle',
  'email',
  'phone',
  'tags',
] as const satisfies ImportField[];

/** The fields each record type takes from a file. */
export const IMPORT_FIELDS: Record<ImportRecordType, readonly ImportField[]> = {
  lead: [...PERSON_FIELDS, 'company', 'website'],
  contact: PERSON_FIELDS,
  account: [
    'name',
    'email',
    'phone',
    'website',
    'address',
    'industry',
    'registrationNumber',
    'vatNumber',
    'tags',
  ],
};

/** A column mapping as the user confirmed it; saved per tenant and record type. */
export const ColumnMapping = z
  .object({
    recordType: ImportRecordType,
    columns: z
      .array(
        z.object({
          header: z.string().max(200),
          /** `null`: the column is left out. */
          field: ImportField.nullable(),
        }),
      )
      .max(200),
  })
  .superRefine((mapping, context) => {
    const seen = new Set<ImportField>();
    mapping.columns.forEach(({ field }, index) => {
      if (field === null) return;
      if (!IMPORT_FIELDS[mapping.recordType].includes(field))
        context.addIssue({
          code: 'custom',
          path: ['columns', index, 'field'],
          message: `A ${mapping.recordType} has no field ${field}`,
          params: { code: 'field.invalid_option' },
        });
      else if (seen.has(field))
        context.addIssue({
          code: 'custom',
          path: ['columns', index, 'field'],
          message: `Only one column can fill ${field}`,
          params: { code: 'field.invalid_option' },
        });
      seen.add(field);
    });
  });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** Header names for each field, as people write them (folded before comparing). */
const SYNONYMS: Record<ImportField, string[]> = {
  firstName: [
    'first name',
    'first',
    'given name',
    'forename',
    'vorname',
    'prénom',
    'imię',
    'prenume',
  ],
  lastName: [
    'last name',
    'surname',
    'family name',
    'nachname',
    'familienname',
    'nom de famille',
    'nom',
    'nazwisko',
    'nume de familie',
    'nume',
  ],
  fullName: [
    'name',
    'full name',
    'contact',
    'contact name',
    'contact person',
    'vollständiger name',
    'ansprechpartner',
    'nom complet',
    'imię i nazwisko',
    'nazwisko i imię',
    'osoba kontaktowa',
    'nume complet',
    'nume și prenume',
    'persoană de contact',
  ],
  company: [
    'company',
    'company name',
    'organization',
    'organisation',
    'organization name',
    'account',
    'account name',
    'employer',
    'firma',
    'firmenname',
    'unternehmen',
    'société',
    'entreprise',
    'raison sociale',
    'nazwa firmy',
    'przedsiębiorstwo',
    'organizacja',
    'companie',
    'compania',
    'societate',
    'denumire firmă',
    'organizație',
  ],
  jobTitle: [
    'job title',
    'title',
    'position',
    'role',
    'job',
    'titel',
    'funktion',
    'berufsbezeichnung',
    'poste',
    'fonction',
    'titre',
    'stanowisko',
    'funkcja',
    'funcție',
    'post',
    'titlu',
    'poziție',
  ],
  email: [
    'email',
    'mail',
    'email address',
    'e-mail-adresse',
    'courriel',
    'adresse e-mail',
    'adresse électronique',
    'adresse mail',
    'adres e-mail',
    'poczta',
    'adres poczty',
    'adresă de e-mail',
    'adresa de email',
  ],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'tel',
    'mobile',
    'mobile phone',
    'business phone',
    'cell',
    'telefon',
    'telefonnummer',
    'handy',
    'mobil',
    'mobilnummer',
    'téléphone',
    'tél',
    'portable',
    'numéro de téléphone',
    'numer telefonu',
    'nr telefonu',
    'telefon komórkowy',
    'komórka',
    'număr de telefon',
    'telefon mobil',
  ],
  website: [
    'website',
    'web page',
    'url',
    'web',
    'homepage',
    'site',
    'www',
    'webseite',
    'internetseite',
    'site web',
    'site internet',
    'strona www',
    'strona internetowa',
    'pagina web',
  ],
  tags: ['tags', 'tag', 'labels', 'schlagwörter', 'étiquettes', 'tagi', 'etykiety', 'etichete'],
  name: [
    'name',
    'company',
    'company name',
    'account',
    'account name',
    'organization',
    'organisation',
    'firma',
    'firmenname',
    'unternehmen',
    'société',
    'entreprise',
    'raison sociale',
    'nom',
    "nom de l'entreprise",
    'nazwa',
    'nazwa firmy',
    'companie',
    'compania',
    'societate',
    'denumire',
    'denumire firmă',
    'nume',
    'nume firmă',
  ],
  address: ['address', 'street', 'adresse', 'anschrift', 'straße', 'adres', 'ulica', 'adresă'],
  industry: [
    'industry',
    'sector',
    'branche',
    'industrie',
    'secteur',
    "secteur d'activité",
    'branża',
    'sektor',
    'domeniu',
    'domeniu de activitate',
  ],
  registrationNumber: [
    'registration number',
    'company number',
    'handelsregisternummer',
    'handelsregister',
    'siret',
    'siren',
    'krs',
    'regon',
    'numer krs',
    'nr reg com',
    'număr de înregistrare',
  ],
  vatNumber: [
    'vat',
    'vat number',
    'vat id',
    'tax id',
    'ust-idnr',
    'umsatzsteuer-id',
    'steuernummer',
    'tva',
    'numéro de tva',
    'nip',
    'numer nip',
    'cif',
    'cui',
    'cod fiscal',
  ],
};

/** A header as compared: folded, without spaces or punctuation (`E-Mail` is `email`). */
const headerKey = (header: string) => foldText(header).replace(/ /g, '');

/**
 * Words that only qualify a column (`E-mail 1 - Value`, `Phone (work)`): left out when the whole
 * header names no field.
 */
const QUALIFIERS = new Set(['value', 'primary', 'work', 'business', 'home', 'main', 'private']);
const coreKey = (header: string) =>
  foldText(header.replace(/\(.*?\)/g, ' '))
    .split(' ')
    .filter((word) => word && !/^\d+$/.test(word) && !QUALIFIERS.has(word))
    .join('');

const synonymIndex = (recordType: ImportRecordType) => {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS[recordType])
    for (const synonym of SYNONYMS[field]) {
      const key = headerKey(synonym);
      if (!index.has(key)) index.set(key, field);
    }
  return index;
};
const SYNONYM_INDEX: Record<ImportRecordType, Map<string, ImportField>> = {
  lead: synonymIndex('lead'),
  contact: synonymIndex('contact'),
  account: synonymIndex('account'),
};

/**
 * The mapping guessed from a file's header: a saved mapping's choice for a header it knows,
 * else the field the header names. A field is filled by the first column naming it; a `Name`
 * column next to a first-name column is the last name.
 */
export function guessMapping(
  header: readonly string[],
  recordType: ImportRecordType,
  saved?: ColumnMapping,
): ColumnMapping {
  const index = SYNONYM_INDEX[recordType];
  const remembered = new Map(
    saved?.recordType === recordType ? saved.columns.map((c) => [c.header, c.field]) : [],
  );
  const taken = new Set<ImportField>();
  const columns = header.map((name) => {
    const guess = remembered.has(name)
      ? remembered.get(name)
      : (index.get(headerKey(name)) ?? index.get(coreKey(name)));
    const field = guess && !taken.has(guess) ? guess : null;
    if (field) taken.add(field);
    return { header: name, field };
  });
  if (taken.has('fullName') && taken.has('firstName') && !taken.has('lastName'))
    for (const column of columns) if (column.field === 'fullName') column.field = 'lastName';
  return { recordType, columns };
}

/** Why a cell (or a row, when `column` is absent) cannot be imported. */
export type ImportCellError = {
  line: number;
  /** The header of the column at fault, when a column is mapped to the field. */
  column?: string;
  /** The record field at fault (`lastName`, `tags.2`). */
  field: string;
  /** The API's message for the same mistake. */
  reason: string;
  code: ErrorCode;
  params: ErrorParams;
};

export type ImportInput = {
  lead: z.infer<typeof LeadFields>;
  contact: CreateContactInput;
  account: CreateAccountInput;
};

export type MappedRow<T extends ImportRecordType> =
  | { ok: true; line: number; input: ImportInput[T] }
  | { ok: false; line: number; errors: ImportCellError[] };

const SCHEMAS: { [T in ImportRecordType]: z.ZodType<ImportInput[T]> } = {
  lead: LeadFields.extend({ source: LeadSource.default('csv') }),
  contact: CreateContactInput,
  account: CreateAccountInput,
};

/** `Kowalski, Jan` or `Jan Maria Kowalski`: the last word is the last name. */
function splitFullName(fullName: string): { firstName?: string; lastName: string } {
  const comma = fullName.indexOf(',');
  if (comma >= 0)
    return {
      lastName: fullName.slice(0, comma).trim(),
      firstName: fullName.slice(comma + 1).trim() || undefined,
    };
  const space = fullName.lastIndexOf(' ');
  if (space < 0) return { lastName: fullName };
  return { firstName: fullName.slice(0, space).trim(), lastName: fullName.slice(space + 1) };
}

const splitTags = (text: string) =>
  text
    .split(/[,;|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

/**
 * A function mapping each row of a file to its record input or its errors; the column lookup is
 * worked out once for the whole file.
 */
export function rowMapper<T extends ImportRecordType>(
  header: readonly string[],
  mapping: ColumnMapping,
  recordType: T,
): (row: { line: number; fields: readonly string[] }) => MappedRow<T> {
  const fieldOf = new Map(mapping.columns.map((c) => [c.header, c.field]));
  const targets = header.map((name) => fieldOf.get(name) ?? null);
  const allowed = new Set(IMPORT_FIELDS[recordType]);
  const columnOf = new Map<string, string>();
  targets.forEach((field, i) => {
    if (field && !columnOf.has(field)) columnOf.set(field, header[i]!);
  });
  for (const part of ['firstName', 'lastName'])
    if (!columnOf.has(part) && columnOf.has('fullName'))
      columnOf.set(part, columnOf.get('fullName')!);
  const schema = SCHEMAS[recordType];

  return (row) => {
    const values: Record<string, unknown> = {};
    let fullName: string | undefined;
    targets.forEach((field, i) => {
      const text = row.fields[i]?.trim();
      if (!field || !text || !allowed.has(field) || values[field] !== undefined) return;
      if (field === 'fullName') fullName = text;
      else values[field] = field === 'tags' ? splitTags(text) : text;
    });
    if (fullName && values.firstName === undefined && values.lastName === undefined)
      Object.assign(values, splitFullName(fullName));
    const parsed = schema.safeParse(values);
    if (parsed.success) return { ok: true, line: row.line, input: parsed.data };
    return {
      ok: false,
      line: row.line,
      errors: parsed.error.issues.map((issue) => {
        const column = columnOf.get(String(issue.path[0]));
        return {
          line: row.line,
          ...(column === undefined ? {} : { column }),
          field: issue.path.join('.'),
          reason: issue.message,
          ...issueKey(issue),
        };
      }),
    };
  };
}

/** One row mapped to its record input, or the reasons it cannot be imported, cell by cell. */
export const mapRow = <T extends ImportRecordType>(
  header: readonly string[],
  row: { line: number; fields: readonly string[] },
  mapping: ColumnMapping,
  recordType: T,
): MappedRow<T> => rowMapper(header, mapping, recordType)(row);
