/** Demo people and companies in the languages of the source documents. */
export type Locale = 'fr' | 'de' | 'pl' | 'ro' | 'en';

export const FIRST_NAMES: Record<Locale, readonly string[]> = {
  fr: ['Élodie', 'Théo', 'Chloé', 'François', 'Margaux', 'Hélène', 'Benoît', 'Aurélien', 'Inès'],
  de: ['Jürgen', 'Lena', 'Maximilian', 'Sophie', 'Björn', 'Käthe', 'Lukas', 'Annika', 'Jörg'],
  pl: ['Małgorzata', 'Paweł', 'Zofia', 'Łukasz', 'Agnieszka', 'Wojciech', 'Joanna', 'Grzegorz'],
  ro: ['Ioana', 'Mihai', 'Ștefan', 'Andreea', 'Răzvan', 'Cristina', 'Bogdan', 'Alexandra'],
  en: ['Emily', 'James', 'Olivia', 'George', 'Charlotte', 'Harry', 'Amelia', 'Oliver'],
};

export const LAST_NAMES: Record<Locale, readonly string[]> = {
  fr: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Fontaine', 'Chevalier', 'Rousseau', 'Mercier'],
  de: ['Müller', 'Schäfer', 'Weiß', 'Becker', 'Hoffmann', 'Krüger', 'Schröder', 'Wagner'],
  pl: ['Wiśniewska', 'Kowalski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska'],
  ro: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Constantinescu', 'Mărgineanu', 'Țurcanu'],
  en: ['Carter', 'Thompson', 'Walker', 'Hughes', 'Bennett', 'Fletcher', 'Harrison', 'Clarke'],
};

export const COMPANY_STEMS: Record<Locale, readonly string[]> = {
  fr: [
    'Boulangerie Lefèvre',
    'Transports Girard',
    'Élan Numérique',
    'Château Mercier',
    'Atelier Fontaine',
  ],
  de: [
    'Müller Maschinenbau',
    'Schäfer Logistik',
    'Weiß & Söhne',
    'Krüger Energietechnik',
    'Brückner Bau',
  ],
  pl: [
    'Żabka Logistyka',
    'Wiśniewski Budownictwo',
    'Łódzkie Tekstylia',
    'Gdańskie Stocznie',
    'Kraków Soft',
  ],
  ro: ['Brașovia Software', 'Dacia Agro', 'Țara Vinului', 'Cluj Data', 'Mureș Mobila'],
  en: [
    'Northwind Traders',
    'Contoso Health',
    'Blue Yonder Airlines',
    'Fourth Coffee',
    'Tailspin Toys',
  ],
};

export const COMPANY_SUFFIX: Record<Locale, string> = {
  fr: 'SARL',
  de: 'GmbH',
  pl: 'sp. z o.o.',
  ro: 'SRL',
  en: 'Ltd',
};

export const EMAIL_DOMAIN: Record<Locale, string> = {
  fr: 'exemple.fr',
  de: 'beispiel.de',
  pl: 'przyklad.pl',
  ro: 'exemplu.ro',
  en: 'example.co.uk',
};

export const INDUSTRIES = [
  'Manufacturing',
  'Retail',
  'Software',
  'Logistics',
  'Healthcare',
  'Energy',
  'Agriculture',
];

export const OPPORTUNITY_TOPICS = [
  'CRM roll-out',
  'Fleet renewal',
  'Licence expansion',
  'Support contract',
  'Pilot project',
  'Data migration',
  'Training package',
  'Cloud hosting',
];

export const TAGS = ['hot', 'referral', 'trade-fair', 'upsell', 'strategic', 'web'];

export const DISQUALIFY_REASONS = ['No budget', 'Chose a competitor', 'Not reachable', 'Duplicate'];

/** ASCII e-mail local part: accents folded, Polish ł and German ß spelled out. */
export function emailLocal(...parts: string[]): string {
  return parts
    .join('.')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '');
}
