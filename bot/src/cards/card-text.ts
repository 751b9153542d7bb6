import { de } from './text/de';
import { en, type CardText } from './text/en';
import { fr } from './text/fr';
import { pl } from './text/pl';
import { ro } from './text/ro';

export type { CardText, RecordKind } from './text/en';

/** The languages the tab and the Teams manifest speak. */
export const CARD_LANGUAGES = { en, fr, de, pl, ro } as const;
export type CardLanguage = keyof typeof CARD_LANGUAGES;

const isLanguage = (tag: string): tag is CardLanguage => Object.hasOwn(CARD_LANGUAGES, tag);

/** The card text for a viewer's locale by its language ("de-AT" is German); English otherwise. */
export function cardText(locale: string | undefined): CardText {
  const language = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  return isLanguage(language) ? CARD_LANGUAGES[language] : en;
}
