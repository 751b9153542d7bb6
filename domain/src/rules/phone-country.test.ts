import { describe, expect, it } from 'vitest';
import { countryOfPhone } from './phone-country';

describe('the country of a phone number', () => {
  it.each([
    ['+48 601 234 567', 'PL'],
    ['0049 (30) 123-4567', 'DE'],
    ['+420 601 123 456', 'CZ'],
    ['+40 721 234 567', 'RO'],
    ['+44 20 7946 0958', 'GB'],
    ['+7 495 123-45-67', 'RU'],
    ['+7 701 234 5678', 'KZ'],
    ['+353 1 234 5678', 'IE'],
    ['+355 4 222 3333', 'AL'],
    ['+1 416 555 0100', 'CA'],
    ['+1 212 555 0100', 'US'],
  ])('%s is in %s', (phone, country) => {
    expect(countryOfPhone(phone)).toBe(country);
  });

  it.each([
    ['a national number', '601 234 567'],
    ['a calling code no country has', '+999 123 456'],
    ['no digits after the prefix', '+ ()'],
  ])('is unknown for %s', (_, phone) => {
    expect(countryOfPhone(phone)).toBeUndefined();
  });
});
