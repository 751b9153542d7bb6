/**
 * The country an international phone number belongs to, from its calling code (ITU-T E.164).
 * A small table of the codes of Europe and the main trading partners, not the full plan:
 * `libphonenumber-js` is not installed yet; when the import work adds it to the domain, this
 * module should use it instead.
 *
 * Calling codes are prefix-free, so the longest code the number starts with is the one. Codes
 * several countries share give no country: +1 (the 25 countries of the North American plan
 * cannot be told apart without area-code tables), as do codes missing from the table. +7 is
 * Kazakhstan after 6 or 7, else Russia.
 */
const CALLING_CODES: Readonly<Record<string, string>> = {
  '7': 'RU',
  '76': 'KZ',
  '77': 'KZ',
  '20': 'EG',
  '27': 'ZA',
  '30': 'GR',
  '31': 'NL',
  '32': 'BE',
  '33': 'FR',
  '34': 'ES',
  '36': 'HU',
  '39': 'IT',
  '40': 'RO',
  '41': 'CH',
  '43': 'AT',
  '44': 'GB',
  '45': 'DK',
  '46': 'SE',
  '47': 'NO',
  '48': 'PL',
  '49': 'DE',
  '52': 'MX',
  '54': 'AR',
  '55': 'BR',
  '56': 'CL',
  '57': 'CO',
  '61': 'AU',
  '62': 'ID',
  '64': 'NZ',
  '65': 'SG',
  '81': 'JP',
  '82': 'KR',
  '86': 'CN',
  '90': 'TR',
  '91': 'IN',
  '212': 'MA',
  '234': 'NG',
  '254': 'KE',
  '351': 'PT',
  '352': 'LU',
  '353': 'IE',
  '354': 'IS',
  '356': 'MT',
  '357': 'CY',
  '358': 'FI',
  '359': 'BG',
  '370': 'LT',
  '371': 'LV',
  '372': 'EE',
  '373': 'MD',
  '380': 'UA',
  '381': 'RS',
  '385': 'HR',
  '386': 'SI',
  '387': 'BA',
  '420': 'CZ',
  '421': 'SK',
  '423': 'LI',
  '966': 'SA',
  '971': 'AE',
  '972': 'IL',
};

const LONGEST_CODE = 3;

/**
 * The ISO 3166-1 alpha-2 country of a number written internationally (`+48 601 …` or
 * `0048 601 …`); undefined for a national number, whose country only the space could tell.
 */
export function countryOfPhone(phone: string): string | undefined {
  const international = /^\s*(?:\+|00)(.*)$/.exec(phone);
  if (!international) return undefined;
  const digits = international[1]!.replace(/[\s()./-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  for (let length = LONGEST_CODE; length >= 1; length -= 1) {
    const country = CALLING_CODES[digits.slice(0, length)];
    if (country) return country;
  }
  return undefined;
}
