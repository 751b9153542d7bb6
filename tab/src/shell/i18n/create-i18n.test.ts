import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalogs';
import { createI18n } from './create-i18n';
import { formattingTag } from './locale';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const JANUARY_5 = '2025-01-05T12:00:00Z';
const MARCH_5 = '2025-03-05T12:00:00Z';

describe('plural messages', () => {
  it('in English: one deal, two deals, no deals', async () => {
    const { t } = createI18n('en', await loadCatalog('en'));
    expect([1, 2, 0].map((count) => t('opportunities.count', { count }))).toEqual([
      '1 deal',
      '2 deals',
      '0 deals',
    ]);
    expect(t('nav.attention', { count: 1 })).toBe('1 needs attention');
    expect(t('nav.attention', { count: 4 })).toBe('4 need attention');
  });

  it('in German: "1 Deal", not "1 Deals"', async () => {
    const { t } = createI18n('de', await loadCatalog('de'));
    expect(t('opportunities.count', { count: 1 })).toBe('1 Deal');
    expect(t('opportunities.count', { count: 3 })).toBe('3 Deals');
    expect(t('opportunities.column', { name: 'Angebot', count: 1, sum: 'x', weighted: 'y' })).toBe(
      'Angebot: 1 Deal, x, gewichtet y',
    );
  });

  it('in Polish: one, few (2–4, 22–24 …) and many (5–21, 25 …)', async () => {
    const { t } = createI18n('pl', await loadCatalog('pl'));
    expect(
      [1, 2, 4, 5, 12, 21, 22, 25].map((count) => t('opportunities.count', { count })),
    ).toEqual([
      '1 szansa',
      '2 szanse',
      '4 szanse',
      '5 szans',
      '12 szans',
      '21 szans',
      '22 szanse',
      '25 szans',
    ]);
  });

  it('writes the count the local way', async () => {
    const { t } = createI18n('de-AT', await loadCatalog('de'));
    expect(plain(t('opportunities.count', { count: 1200 }))).toBe('1 200 Deals');
  });
});

describe('formatting by the whole locale, messages by its language', () => {
  it('writes amounts the local way', () => {
    expect(plain(createI18n('de').money(12_000_00, 'EUR'))).toBe('12.000 €');
    expect(plain(createI18n('de-AT').money(12_000_00, 'EUR'))).toBe('€ 12.000');
    expect(plain(createI18n('en-GB').money(12_000_00, 'GBP'))).toBe('£12,000');
    expect(plain(createI18n('pl').money(12_000_00, 'PLN'))).toBe('12 000 zł');
    expect(plain(createI18n('ro').money(12_000_00, 'EUR'))).toMatch(/^12\.000 (€|EUR)$/);
  });

  it('writes numbers and percentages the local way', () => {
    expect(plain(createI18n('de-AT').number(1_234_567))).toBe('1 234 567');
    expect(plain(createI18n('de-CH').number(1_234_567))).toBe("1'234'567");
    expect(plain(createI18n('de').number(1_234_567))).toBe('1.234.567');
    expect(plain(createI18n('de').percent(50))).toBe('50 %');
    expect(createI18n('en').percent(50)).toBe('50%');
  });

  it('writes dates the local way', () => {
    expect(createI18n('de').date(MARCH_5)).toBe('05.03.2025');
    expect(createI18n('de').shortDate(JANUARY_5)).toBe('5. Jan.');
    expect(createI18n('de-AT').shortDate(JANUARY_5)).toBe('5. Jän.');
    expect(createI18n('en-US').date(MARCH_5)).toBe('Mar 5, 2025');
    expect(createI18n('en-GB').date(MARCH_5)).toBe('5 Mar 2025');
    expect(createI18n('pl').date(MARCH_5)).toBe('5 mar 2025');
    expect(createI18n('ro').date(MARCH_5)).toBe('5 mar. 2025');
  });

  it('keeps the German messages for de-AT', async () => {
    const i18n = createI18n('de-AT', await loadCatalog('de'));
    expect([i18n.language, i18n.locale, i18n.t('nav.label')]).toEqual([
      'de',
      'de-AT',
      'Hauptnavigation',
    ]);
  });
});

describe('formattingTag', () => {
  it.each([
    ['de-AT', 'de-AT'],
    ['de_CH', 'de-CH'],
    ['DE', 'de'],
    ['en-gb', 'en-GB'],
    ['fr-CA', 'fr-CA'],
  ])('keeps the region of %s: %s', (tag, expected) => {
    expect(formattingTag(tag)).toBe(expected);
  });

  it.each(['es-ES', 'pt-BR', '', undefined, 'x-?'])('formats %s as English', (tag) => {
    expect(formattingTag(tag)).toBe('en');
  });
});
