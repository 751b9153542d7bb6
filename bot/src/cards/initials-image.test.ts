import { describe, expect, it } from 'vitest';
import { initialsImage, initialsOf } from './initials-image';

const svgOf = (uri: string) => Buffer.from(uri.split(',')[1]!, 'base64').toString();

describe('the owner’s initials', () => {
  it('take the first and last names’ first letters', () => {
    expect(initialsOf('Élodie Martin')).toBe('ÉM');
    expect(initialsOf('ana maria pop')).toBe('AP');
    expect(initialsOf('Cher')).toBe('C');
    expect(initialsOf('  ')).toBe('?');
    expect(initialsOf(undefined)).toBe('?');
  });

  it('draw them in an inline SVG, markup in a name escaped', () => {
    const uri = initialsImage('<b> &x');
    expect(uri).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(svgOf(uri)).toContain('>&#60;&#38;</text>');
  });
});
