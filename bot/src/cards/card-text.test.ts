import { ERROR_CODES, type ErrorTexts } from '@channel-crm/domain';
import { de } from '@channel-crm/domain/error-texts/de';
import { en } from '@channel-crm/domain/error-texts/en';
import { fr } from '@channel-crm/domain/error-texts/fr';
import { pl } from '@channel-crm/domain/error-texts/pl';
import { ro } from '@channel-crm/domain/error-texts/ro';
import { describe, expect, it } from 'vitest';
import { cardText } from './card-text';
import { digestCard } from './digest-card';

describe('the language a card speaks', () => {
  it('follows the language of the viewer’s locale, whatever their region', () => {
    expect(cardText('de-AT').stage).toBe('Phase');
    expect(cardText('fr-CA').stage).toBe('Étape');
    expect(cardText('pl-PL').stage).toBe('Etap');
    expect(cardText('ro').stage).toBe('Etapă');
    expect(cardText('EN-gb').stage).toBe('Stage');
  });

  it('speaks English to a locale it does not know or that is missing', () => {
    for (const locale of ['ja-JP', 'xx', '', undefined, 'constructor', '__proto__']) {
      expect(cardText(locale).stage).toBe('Stage');
    }
  });

  it('says why an action was refused in the viewer’s language, card wordings included', () => {
    const shared: Record<string, ErrorTexts> = { fr, de, pl, ro };
    const english = cardText('en').errors;
    const wordedForCards = ERROR_CODES.filter((code) => english[code] !== en[code]);
    expect(wordedForCards).toContain('stale');
    for (const [locale, texts] of Object.entries(shared)) {
      const { errors } = cardText(locale);
      expect(ERROR_CODES.filter((code) => errors[code] === english[code])).toEqual([]);
      expect(wordedForCards.filter((code) => errors[code] === texts[code])).toEqual([]);
    }
  });

  it('counts the digest’s changes with each language’s plural forms', () => {
    const summary = (locale: string, count: number) => cardText(locale).digestSummary(count);
    expect(summary('en', 1)).toBe('1 change on records you follow');
    expect(summary('en', 3)).toBe('3 changes on records you follow');
    expect(summary('pl', 1)).toContain('1 zmiana ');
    expect(summary('pl', 3)).toContain('3 zmiany ');
    expect(summary('pl', 5)).toContain('5 zmian ');
    expect(summary('ro', 2)).toContain('2 modificări ');
    expect(summary('ro', 25)).toContain('25 de modificări ');
    expect(summary('fr', 1)).toContain('1 modification ');
  });

  it('writes the digest card in the user’s language', () => {
    const change = {
      tenantId: 't',
      userId: 'u',
      eventId: 'e',
      recordType: 'opportunity' as const,
      recordId: 'r',
      recordTitle: 'Harbour',
      headline: 'Claire Dubois a ajouté une note',
      at: '2026-01-01T00:00:00.000Z',
    };
    const changes = Array.from({ length: 45 }, (_, i) => ({ ...change, eventId: `e${i}` }));
    const card = JSON.stringify(
      digestCard(changes, { appId: 'a', entityId: 'crm' }, cardText('fr')),
    );
    expect(card).toContain('Votre résumé CRM');
    expect(card).toContain('45 modifications sur les enregistrements que vous suivez');
    expect(card).toContain('… et 5 de plus');
  });
});
