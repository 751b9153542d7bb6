import { describe, expect, it } from 'vitest';
import { checkSignature, signatureOf } from './signature';

const KEY = 'signing-secret';
const BODY = '{"externalId":"a-1","lastName":"Nowak"}';
const NOW = 1_800_000_000;

const headers = (timestamp: number, signature = signatureOf(KEY, String(timestamp), BODY)) => ({
  timestamp: String(timestamp),
  signature: `sha256=${signature}`,
});

describe('request signatures', () => {
  it('accept the HMAC of "<timestamp>.<body>" within five minutes either way', () => {
    expect(checkSignature(KEY, headers(NOW), BODY, NOW)).toBe('valid');
    expect(checkSignature(KEY, headers(NOW - 300), BODY, NOW)).toBe('valid');
    expect(checkSignature(KEY, headers(NOW + 300), BODY, NOW)).toBe('valid');
  });

  it('refuse another body, another key, a missing header, or an old or future timestamp', () => {
    expect(checkSignature(KEY, headers(NOW), `${BODY} `, NOW)).toBe('invalid');
    expect(checkSignature('other', headers(NOW), BODY, NOW)).toBe('invalid');
    expect(checkSignature(KEY, { ...headers(NOW), signature: null }, BODY, NOW)).toBe('invalid');
    expect(checkSignature(KEY, { ...headers(NOW), timestamp: 'yesterday' }, BODY, NOW)).toBe(
      'invalid',
    );
    expect(checkSignature(KEY, headers(NOW - 301), BODY, NOW)).toBe('expired');
    expect(checkSignature(KEY, headers(NOW + 301), BODY, NOW)).toBe('expired');
  });
});
