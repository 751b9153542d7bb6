import type { Role } from '@channel-crm/domain';
import type { Locale } from './names';

/** The fixed shape of the demo: tenants, spaces and people (ids are stable across runs). */
export type DemoUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  supervisor?: string;
  spaces: string[];
  partner?: boolean;
};

export type DemoSpace = { id: string; name: string; currency: string; locales: Locale[] };

export type DemoTenant = {
  id: string;
  name: string;
  domain: string;
  spaces: DemoSpace[];
  users: DemoUser[];
};

export const CONTOSO = 'c0a70500-0000-4000-8000-000000000001';
export const FABRIKAM = 'fab41c00-0000-4000-8000-000000000002';

const FRANCE = '5a1e5f00-0000-4000-8000-0000000000f1';
const DACH = '5a1e5d00-0000-4000-8000-0000000000d1';
const POLAND = '5a1e5b00-0000-4000-8000-0000000000b1';

export const DEMO_PARTNER_ID = '9a27e000-0000-4000-8000-000000000001';

const user = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

export const DEMO_TENANTS: DemoTenant[] = [
  {
    id: CONTOSO,
    name: 'Contoso Europe',
    domain: 'contoso.example',
    spaces: [
      { id: FRANCE, name: 'Ventes France', currency: 'EUR', locales: ['fr', 'en'] },
      { id: DACH, name: 'DACH Enterprise', currency: 'EUR', locales: ['de', 'ro', 'en'] },
    ],
    users: [
      {
        id: user(1),
        name: 'Claire Dubois',
        email: 'claire',
        role: 'admin',
        spaces: [FRANCE, DACH],
      },
      {
        id: user(2),
        name: 'Jonas Becker',
        email: 'jonas',
        role: 'manager',
        supervisor: user(1),
        spaces: [FRANCE, DACH],
      },
      {
        id: user(3),
        name: 'Élodie Martin',
        email: 'elodie',
        role: 'seller',
        supervisor: user(2),
        spaces: [FRANCE],
      },
      {
        id: user(4),
        name: 'Lukas Schmidt',
        email: 'lukas',
        role: 'seller',
        supervisor: user(2),
        spaces: [DACH],
      },
      {
        id: user(5),
        name: 'Ioana Popescu',
        email: 'ioana',
        role: 'seller',
        supervisor: user(2),
        spaces: [DACH, FRANCE],
      },
      {
        id: user(6),
        name: 'Marc Lefort',
        email: 'marc',
        role: 'partner',
        spaces: [FRANCE],
        partner: true,
      },
    ],
  },
  {
    id: FABRIKAM,
    name: 'Fabrikam Polska',
    domain: 'fabrikam.example',
    spaces: [{ id: POLAND, name: 'Sprzedaż Polska', currency: 'PLN', locales: ['pl', 'en', 'ro'] }],
    users: [
      {
        id: user(11),
        name: 'Katarzyna Wiśniewska',
        email: 'katarzyna',
        role: 'admin',
        spaces: [POLAND],
      },
      {
        id: user(12),
        name: 'Piotr Zieliński',
        email: 'piotr',
        role: 'manager',
        supervisor: user(11),
        spaces: [POLAND],
      },
      {
        id: user(13),
        name: 'Andrei Ionescu',
        email: 'andrei',
        role: 'seller',
        supervisor: user(12),
        spaces: [POLAND],
      },
      {
        id: user(14),
        name: 'Emily Carter',
        email: 'emily',
        role: 'seller',
        supervisor: user(12),
        spaces: [POLAND],
      },
    ],
  },
];
