import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derivedId, uuidV5 } from './deterministic-id';

describe('derived ids', () => {
  it('matches the RFC 9562 version-5 example', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('agrees with a reference SHA-1 on long, non-ASCII names', () => {
    const ns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    const name = `Łódź-${'ü'.repeat(200)}`;
    const hash = createHash('sha1')
      .update(Buffer.concat([Buffer.from(ns.replace(/-/g, ''), 'hex'), Buffer.from(name)]))
      .digest('hex');
    expect(uuidV5(name, ns).replace(/-/g, '').slice(0, 12)).toBe(hash.slice(0, 12));
  });

  it('is stable for the same operation and role and differs otherwise', () => {
    expect(derivedId('lead-1', 'contact')).toBe(derivedId('lead-1', 'contact'));
    expect(derivedId('lead-1', 'contact')).not.toBe(derivedId('lead-1', 'account'));
    expect(derivedId('lead-1', 'contact')).not.toBe(derivedId('lead-2', 'contact'));
    expect(derivedId('lead-1', 'contact')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
