import { describe, expect, it } from 'vitest';
import { contactHref } from './contact-href';

describe('contactHref', () => {
  it('links e-mail, phone and http(s) websites', () => {
    expect(contactHref('email', 'anna@example.org')).toBe('mailto:anna@example.org');
    expect(contactHref('tel', '+33 6 12-34 56 78')).toBe('tel:+33612345678');
    expect(contactHref('url', 'https://example.org/a')).toBe('https://example.org/a');
    expect(contactHref('url', 'http://example.org')).toBe('http://example.org/');
  });

  it('links no other scheme and nothing empty', () => {
    expect(contactHref('url', 'javascript:alert(1)')).toBeUndefined();
    expect(contactHref('url', 'JavaScript:alert(1)')).toBeUndefined();
    expect(contactHref('url', 'data:text/html,<b>x</b>')).toBeUndefined();
    expect(contactHref('url', 'example.org')).toBeUndefined();
    expect(contactHref('email', ' ')).toBeUndefined();
  });
});
