import { describe, expect, it } from 'vitest';
import { CreateContactInput } from '../model/contact';
import { ColumnMapping, guessMapping, mapRow, rowMapper } from './column-mapping';

const fieldsOf = (mapping: ColumnMapping) => mapping.columns.map((column) => column.field);

describe('guessing the mapping from the header', () => {
  it.each([
    [
      'en',
      ['First Name', 'Last Name', 'E-mail Address', 'Phone', 'Company', 'Job Title', 'Website'],
    ],
    ['fr', ['Prénom', 'Nom', 'Courriel', 'Téléphone', 'Société', 'Fonction', 'Site web']],
    ['de', ['Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Firma', 'Position', 'Webseite']],
    [
      'pl',
      ['Imię', 'Nazwisko', 'Adres e-mail', 'Telefon', 'Nazwa firmy', 'Stanowisko', 'Strona WWW'],
    ],
    ['ro', ['Prenume', 'Nume', 'Adresă de e-mail', 'Telefon', 'Companie', 'Funcție', 'Pagina web']],
  ])('reads a %s lead header', (_language, header) => {
    expect(fieldsOf(guessMapping(header, 'lead'))).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'company',
      'jobTitle',
      'website',
    ]);
  });

  it('folds case, accents and punctuation, and reads export headers with qualifiers', () => {
    const header = ['  PRENOM ', 'nom', 'e_mail', 'E-mail 1 - Value', 'Phone (work)', 'Notes'];
    expect(fieldsOf(guessMapping(header, 'contact'))).toEqual([
      'firstName',
      'lastName',
      'email',
      null,
      'phone',
      null,
    ]);
  });

  it('reads an account header, where a name column is the company', () => {
    const header = ['Nazwa', 'NIP', 'KRS', 'Adres', 'Branża', 'Courriel', 'Tags'];
    expect(fieldsOf(guessMapping(header, 'account'))).toEqual([
      'name',
      'vatNumber',
      'registrationNumber',
      'address',
      'industry',
      'email',
      'tags',
    ]);
  });

  it('takes a name column as the full name, or as the last name next to a first name', () => {
    expect(fieldsOf(guessMapping(['Name', 'Email'], 'lead'))).toEqual(['fullName', 'email']);
    expect(fieldsOf(guessMapping(['Vorname', 'Name'], 'lead'))).toEqual(['firstName', 'lastName']);
  });

  it('keeps the choices of a saved mapping and guesses the new columns', () => {
    const saved = ColumnMapping.parse({
      recordType: 'lead',
      columns: [
        { header: 'Kontakt', field: 'fullName' },
        { header: 'Telefon', field: null },
      ],
    });
    const guessed = guessMapping(['Kontakt', 'Telefon', 'E-Mail'], 'lead', saved);
    expect(fieldsOf(guessed)).toEqual(['fullName', null, 'email']);
  });

  it('refuses a saved mapping that fills a field twice or one the record has not', () => {
    const result = ColumnMapping.safeParse({
      recordType: 'contact',
      columns: [
        { header: 'A', field: 'email' },
        { header: 'B', field: 'email' },
        { header: 'C', field: 'vatNumber' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'columns.1.field',
      'columns.2.field',
    ]);
  });
});

describe('mapping a row', () => {
  const header = ['Imię i nazwisko', 'Firma', 'E-mail', 'Telefon', 'Tagi'];
  const mapping = guessMapping(header, 'lead');

  it('gives the lead input, split full name, tags, source csv and blanks left out', () => {
    const row = {
      line: 7,
      fields: ['Jan Maria Kowalski', ' ACME ', '', '601 234 567', 'vip; b2b'],
    };
    expect(mapRow(header, row, mapping, 'lead')).toEqual({
      ok: true,
      line: 7,
      input: {
        firstName: 'Jan Maria',
        lastName: 'Kowalski',
        company: 'ACME',
        phone: '601 234 567',
        tags: ['vip', 'b2b'],
        source: 'csv',
      },
    });
  });

  it('reads "Last, First" names', () => {
    const row = { line: 2, fields: ['Nowak, Anna', '', '', '', ''] };
    const mapped = mapRow(header, row, mapping, 'lead');
    expect(mapped.ok && mapped.input).toMatchObject({ firstName: 'Anna', lastName: 'Nowak' });
  });

  it('reports each bad cell with its line, column and the API message', () => {
    const row = { line: 12, fields: ['Jan Kowalski', 'ACME', 'not-an-email', 'call me', ''] };
    const mapped = mapRow(header, row, mapping, 'lead');
    expect(mapped).toEqual({
      ok: false,
      line: 12,
      errors: [
        {
          line: 12,
          column: 'E-mail',
          field: 'email',
          reason: 'Invalid email address',
          code: 'field.invalid_email',
          params: {},
        },
        {
          line: 12,
          column: 'Telefon',
          field: 'phone',
          reason: 'digits, spaces and + ( ) . / - only',
          code: 'field.invalid_format',
          params: {},
        },
      ],
    });
  });

  it('reports a required field nobody mapped, without a column', () => {
    const contactHeader = ['E-mail'];
    const toContact = rowMapper(contactHeader, guessMapping(contactHeader, 'contact'), 'contact');
    const mapped = toContact({ line: 3, fields: ['anna@acme.pl'] });
    expect(mapped.ok).toBe(false);
    expect(!mapped.ok && mapped.errors).toEqual([
      expect.objectContaining({ line: 3, field: 'lastName', code: 'field.required' }),
    ]);
    expect(!mapped.ok && mapped.errors[0]).not.toHaveProperty('column');
  });

  it('gives a contact input the API accepts as it is', () => {
    const contactHeader = ['Nachname', 'Vorname', 'E-Mail'];
    const mapping = guessMapping(contactHeader, 'contact');
    const mapped = mapRow(
      contactHeader,
      { line: 2, fields: ['Müller', 'Zoë', 'zoe@acme.de'] },
      mapping,
      'contact',
    );
    expect(mapped.ok).toBe(true);
    if (mapped.ok) expect(CreateContactInput.parse(mapped.input)).toEqual(mapped.input);
  });
});
