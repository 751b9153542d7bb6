import { describe, expect, it } from 'vitest';
import { rowMapper } from './column-mapping';
import { parseVCards, VCARD_COLUMNS, VCARD_CONTACT_MAPPING, VCardReader, vcardRow } from './vcard';

const VCARD_3 = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Kowalski;Jan;Maria;Dr.;',
  'FN:Dr. Jan Maria Kowalski',
  'ORG:Kowalski Sp. z o.o.;Sprzedaż',
  'TITLE:Dyrektor handlowy',
  'EMAIL;TYPE=INTERNET,WORK:jan@kowalski.pl',
  'EMAIL;TYPE=INTERNET,HOME,pref:jan.kowalski@gmail.com',
  'TEL;TYPE=CELL:+48 601 234 567',
  'ADR;TYPE=WORK:;;ul. Długa 5\\, lok. 2;Kraków;;30-001;Polska',
  'URL:https://kowalski.pl',
  'NOTE:Met at the fair\\; wants a demo.\\nCall back in May.',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasiewicz;Zofia;;;',
  'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1250:=A3=F3d=9F, ulica =',
  'Piotrkowska',
  'EMAIL:zofia@example.com',
  'END:VCARD',
  '',
].join('\r\n');

const VCARD_4 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Zoë Müller',
  'EMAIL;TYPE=work;PREF=2:zoe@acme.de',
  'EMAIL;PREF=1:z.mueller@acme.de',
  'TEL;VALUE=uri;TYPE="voice,work":tel:+49-30-1234567',
  'TITLE:Head of Pur',
  ' chasing',
  'item1.ORG:ACME GmbH',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Dupont;Hélène;;;',
  'EMAIL:helene@exemple.fr',
  'END:VCARD',
].join('\n');

describe('reading vCards', () => {
  it('reads several 3.0 cards with escapes, preferences and quoted-printable charsets', () => {
    const [jan, zofia, ...rest] = parseVCards(VCARD_3);
    expect(rest).toEqual([]);
    expect(jan).toEqual({
      line: 1,
      version: '3.0',
      values: {
        firstName: 'Jan Maria',
        lastName: 'Kowalski',
        company: 'Kowalski Sp. z o.o.',
        jobTitle: 'Dyrektor handlowy',
        email: 'jan.kowalski@gmail.com',
        phone: '+48 601 234 567',
        address: 'ul. Długa 5, lok. 2, 30-001 Kraków, Polska',
        website: 'https://kowalski.pl',
        note: 'Met at the fair; wants a demo.\nCall back in May.',
      },
      emails: ['jan.kowalski@gmail.com', 'jan@kowalski.pl'],
      phones: ['+48 601 234 567'],
      problems: [],
    });
    expect(zofia).toMatchObject({
      line: 14,
      values: { lastName: 'Łukasiewicz', firstName: 'Zofia', note: 'Łódź, ulica Piotrkowska' },
      problems: [],
    });
  });

  it('reads 4.0 cards: name from FN, PREF order, tel URIs, folded lines and groups', () => {
    const cards = parseVCards(VCARD_4);
    expect(cards.map((card) => card.values)).toEqual([
      {
        firstName: 'Zoë',
        lastName: 'Müller',
        email: 'z.mueller@acme.de',
        phone: '+49-30-1234567',
        jobTitle: 'Head of Purchasing',
        company: 'ACME GmbH',
      },
      { firstName: 'Hélène', lastName: 'Dupont', email: 'helene@exemple.fr' },
    ]);
    expect(cards.map((card) => card.line)).toEqual([1, 11]);
  });

  it('reads the same cards from any chunk size', () => {
    const whole = parseVCards(VCARD_3 + VCARD_4);
    for (const size of [1, 5, 64]) {
      const reader = new VCardReader();
      const cards = [];
      for (let i = 0; i < VCARD_3.length + VCARD_4.length; i += size)
        cards.push(...reader.push((VCARD_3 + VCARD_4).slice(i, i + size)));
      cards.push(...reader.end());
      expect(cards).toEqual(whole);
    }
  });

  it('reports problems per card with their line, and keeps reading', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:5.0',
      'N:Nowak;Anna',
      'this line has no colon',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=x-unknown:=41',
      'END:VCARD',
      'BEGIN:VCARD',
      'N:Wiśniewska;Ewa',
    ].join('\n');
    expect(parseVCards(text).map((card) => card.problems)).toEqual([
      [
        { line: 2, code: 'import.vcard_version', params: { version: '5.0' } },
        { line: 4, code: 'import.vcard_no_colon', params: {} },
        { line: 5, code: 'import.vcard_charset', params: { charset: 'x-unknown' } },
      ],
      [{ line: 7, code: 'import.vcard_not_closed', params: {} }],
    ]);
  });
});

describe('cards as contacts', () => {
  it('map to contact inputs through the same checks as a CSV row', () => {
    const toContact = rowMapper(VCARD_COLUMNS, VCARD_CONTACT_MAPPING, 'contact');
    const results = parseVCards(
      VCARD_4 + '\nBEGIN:VCARD\nVERSION:4.0\nORG:No Name Ltd\nEND:VCARD\n',
    )
      .map(vcardRow)
      .map(toContact);
    expect(results.slice(0, 2)).toEqual([
      {
        ok: true,
        line: 1,
        input: expect.objectContaining({
          firstName: 'Zoë',
          lastName: 'Müller',
          email: 'z.mueller@acme.de',
          phone: '+49-30-1234567',
          jobTitle: 'Head of Purchasing',
        }),
      },
      { ok: true, line: 11, input: expect.objectContaining({ lastName: 'Dupont' }) },
    ]);
    expect(results[2]).toMatchObject({
      ok: false,
      line: 16,
      errors: [{ line: 16, column: 'lastName', code: 'field.required' }],
    });
  });
});
