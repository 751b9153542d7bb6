import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * The ISO 3166-1 alpha-2 country of a number written internationally (`+48 601 …` or
 * `0048 601 …`), from its calling code and, where several countries share one (+1, +7), its
 * leading digits, by the same `libphonenumber-js` metadata duplicate keys use. Undefined for a
 * national number, whose country only the space could tell, and for a number no plan knows.
 */
export function countryOfPhone(phone: string): string | undefined {
  const international = /^\s*(?:\+|00)(.*)$/.exec(phone);
  if (!international) return undefined;
  return parsePhoneNumberFromString(`+${international[1]!}`)?.country;
}
