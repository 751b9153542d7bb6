import { describe, expect, it } from 'vitest';
import {
  companyNameKey,
  duplicateKeys,
  fnv1a64,
  normalizeEmail,
  normalizePhone,
  normalizeWebsite,
  type AccountKeySource,
  type DuplicateKeySource,
  type PersonKeySource,
} from './duplicate-keys';

const PL = { defaultCountry: 'PL' };

/** Whether two records share at least one duplicate key. */
const matches = (a: DuplicateKeySource, b: DuplicateKeySource, options = PL) => {
  const keys = new Set(duplicateKeys(a, options));
  return duplicateKeys(b, options).some((key) => keys.has(key));
};

const lead = (fields: Omit<PersonKeySource, 'type'>): PersonKeySource => ({
  type: 'lead',
  ...fields,
});
const account = (fields: Omit<AccountKeySource, 'type'>): AccountKeySource => ({
  type: 'account',
  ...fields,
});

describe('e-mail keys', () => {
  it('match whatever the case and surrounding spaces', () => {
    expect(
      matches(
        lead({ lastName: 'Nowak', email: ' Anna.Nowak@Acme.PL ' }),
        lead({ lastName: 'Nowak', email: 'anna.nowak@acme.pl' }),
      ),
    ).toBe(true);
  });

  it('drop dots and plus tags on Gmail, and read googlemail as gmail', () => {
    expect(normalizeEmail('Anna.Nowak+newsletter@googlemail.com')).toBe('annanowak@gmail.com');
    expect(normalizeEmail('annanowak@gmail.com')).toBe('annanowak@gmail.com');
  });

  it('drop plus tags but keep dots on Outlook', () => {
    expect(normalizeEmail('jan.kowalski+crm@outlook.com')).toBe('jan.kowalski@outlook.com');
  });

  it('keep dots and plus tags on a company server, which may deliver them elsewhere', () => {
    expect(normalizeEmail('sales+eu@acme.de')).toBe('sales+eu@acme.de');
    expect(normalizeEmail('j.doe@acme.de')).toBe('j.doe@acme.de');
  });
});

describe('phone keys', () => {
  it('match with and without the country code, spaces and dashes', () => {
    const keys = ['+48 601 234 567', '601-234-567', '0048601234567', '(+48) 601234567'].map(
      (phone) => normalizePhone(phone, 'PL'),
    );
    expect(new Set(keys)).toEqual(new Set(['+48601234567']));
  });

  it('read a national number in the space default country', () => {
    expect(normalizePhone('030 1234567', 'DE')).toBe('+49301234567');
    expect(normalizePhone('01 23 45 67 89', 'FR')).toBe('+33123456789');
    expect(normalizePhone('0721 234 567', 'RO')).toBe('+40721234567');
  });

  it('give no key for what cannot be a number', () => {
    expect(normalizePhone('12', 'PL')).toBeUndefined();
    expect(normalizePhone('601 234 567')).toBeUndefined();
    expect(duplicateKeys(lead({ lastName: 'Nowak', phone: 'n/a' }), PL)).toEqual([]);
  });
});

describe('website keys', () => {
  it('keep the host without www, case, port or path', () => {
    for (const site of ['https://www.Acme.pl/contact?x=1', 'acme.pl', 'http://WWW.ACME.PL:8080'])
      expect(normalizeWebsite(site)).toBe('acme.pl');
  });

  it('match two accounts on the website or the company e-mail domain', () => {
    expect(
      matches(
        account({ name: 'Acme Polska', website: 'www.acme.pl' }),
        account({ name: 'ACME Sales', email: 'biuro@acme.pl' }),
      ),
    ).toBe(true);
  });
});

describe('company keys', () => {
  it('drop the legal form, accents and case', () => {
    expect(companyNameKey('Müller GmbH')).toBe(companyNameKey('Muller'));
    expect(companyNameKey('Kowalski Sp. z o.o.')).toBe(companyNameKey('KOWALSKI SP Z OO'));
    for (const spacing of ['Kowalski Sp.z o.o.', 'Kowalski  sp. z o. o.', 'Kowalski sp.zo.o.'])
      expect(companyNameKey(spacing)).toBe('kowalski');
    expect(companyNameKey('Łódzkie Młyny S.A.')).toBe(companyNameKey('Lodzkie Mlyny SA'));
    expect(companyNameKey('S.C. Transilvania Trans S.R.L.')).toBe(
      companyNameKey('Transilvania Trans SRL'),
    );
    expect(companyNameKey('Straße & Söhne GmbH & Co. KG')).toBe(companyNameKey('strasse sohne'));
    expect(companyNameKey('Dvořák spol. s r.o.')).toBe(companyNameKey('Dvorak'));
    expect(companyNameKey('Crêperie du Port SARL')).toBe(companyNameKey('creperie du port'));
  });

  it('ignore word order', () => {
    expect(
      matches(account({ name: 'Bank Polski S.A.' }), account({ name: 'Polski Bank SA' })),
    ).toBe(true);
  });

  it('keep a name that is only a legal form word', () => {
    expect(companyNameKey('AG')).toBe('ag');
  });

  it('tell different companies apart', () => {
    expect(matches(account({ name: 'Müller GmbH' }), account({ name: 'Möller GmbH' }))).toBe(false);
  });
});

describe('person keys', () => {
  it('match the same person at the same company, names in any order and case', () => {
    expect(
      matches(
        lead({ firstName: 'Jan', lastName: 'Kowalski', company: 'Kowalski Sp. z o.o.' }),
        lead({ firstName: 'KOWALSKI', lastName: 'jan', company: 'KOWALSKI SP Z OO' }),
      ),
    ).toBe(true);
  });

  it('match the same person by the e-mail domain of their company', () => {
    expect(
      matches(lead({ firstName: 'Zoë', lastName: 'Müller', email: 'zoe@acme.de' }), {
        type: 'contact',
        firstName: 'Zoe',
        lastName: 'Muller',
        email: 'z.muller@acme.de',
      }),
    ).toBe(true);
  });

  it('do not match another person with the same first name at the same company', () => {
    expect(
      matches(
        lead({ firstName: 'Anna', lastName: 'Nowak', company: 'Acme', email: 'anna@acme.pl' }),
        lead({ firstName: 'Anna', lastName: 'Wiśniewska', company: 'Acme', email: 'aw@acme.pl' }),
      ),
    ).toBe(false);
  });

  it('do not match colleagues through their shared company', () => {
    expect(
      matches(
        lead({ firstName: 'Anna', lastName: 'Nowak', company: 'Acme' }),
        lead({ firstName: 'Piotr', lastName: 'Nowak', company: 'Acme' }),
      ),
    ).toBe(false);
  });

  it('do not match on a name alone', () => {
    expect(duplicateKeys(lead({ firstName: 'Jan', lastName: 'Kowalski' }), PL)).toEqual([]);
  });

  it.each(['gmail.com', 'wp.pl', 'gmx.de'])(
    'do not match namesakes who both use %s',
    (provider) => {
      expect(
        matches(
          lead({ firstName: 'Jan', lastName: 'Kowalski', email: `jan.k@${provider}` }),
          lead({ firstName: 'Jan', lastName: 'Kowalski', email: `kowalski.j@${provider}` }),
        ),
      ).toBe(false);
    },
  );
});

describe('public mail providers', () => {
  it.each(['gmail.com', 'wp.pl', 'gmx.de', 'yahoo.ro', 'orange.fr'])(
    'never make a company key of accounts writing from %s',
    (provider) => {
      expect(
        matches(
          account({ name: 'Piekarnia Róża', email: `piekarnia.roza@${provider}` }),
          account({ name: 'Auto Serwis Nowak', email: `serwis.nowak@${provider}` }),
        ),
      ).toBe(false);
    },
  );
});

describe('keys as document ids', () => {
  it('are prefixed by their kind and readable when short', () => {
    expect(
      duplicateKeys(
        lead({
          firstName: 'Jan',
          lastName: 'Kowalski',
          company: 'Kowalski Sp. z o.o.',
          email: 'Jan@Kowalski.pl',
          phone: '601 234 567',
        }),
        PL,
      ),
    ).toEqual([
      'email:jan@kowalski.pl',
      'phone:+48601234567',
      'person:jan-kowalski|kowalski',
      'person:jan-kowalski@kowalski.pl',
    ]);
  });

  it('hash long keys and those with characters ids may not hold', () => {
    const long = account({ name: `${'Bardzo długa nazwa '.repeat(20)}Sp. z o.o.` });
    const [company] = duplicateKeys(long);
    expect(company).toMatch(/^company:h-[0-9a-f]{16}$/);
    expect(duplicateKeys(long)).toEqual([company]);
    const [email] = duplicateKeys(lead({ lastName: 'X', email: 'a/b?c#d@acme.pl' }));
    expect(email).toMatch(/^email:h-[0-9a-f]{16}$/);
  });

  it('hash the same text the same way and different texts differently', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('Łódź')).not.toBe(fnv1a64('Lodz'));
  });
});
