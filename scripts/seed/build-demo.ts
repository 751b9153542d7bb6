import {
  normalizeForSearch,
  type Account,
  type Contact,
  type Lead,
  type LeadStatus,
  type Opportunity,
  type Pipeline,
  type Space,
  type Stage,
  type Tenant,
  type TimelineEntry,
  type User,
} from '@channel-crm/domain';
import {
  COMPANY_STEMS,
  COMPANY_SUFFIX,
  OPPORTUNITY_TOPICS,
  DISQUALIFY_REASONS,
  EMAIL_DOMAIN,
  emailLocal,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  TAGS,
  type Locale,
} from './names';
import { DEMO_PARTNER_ID, type DemoSpace, type DemoTenant } from './demo-org';
import { seededRandom, type Random } from './prng';
import { unassignedLeads } from './unassigned-leads';

export type DemoData = {
  tenants: Tenant[];
  users: User[];
  spaces: Space[];
  pipelines: Pipeline[];
  accounts: Account[];
  contacts: Contact[];
  leads: Lead[];
  opportunities: Opportunity[];
  notes: TimelineEntry[];
};

type Meta = Pick<
  User,
  'tenantId' | 'schemaVersion' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'
>;

const DAY = 86_400_000;
const LEADS_PER_SPACE: Record<number, number> = { 0: 80, 1: 70, 2: 50 };
const OPPORTUNITIES_PER_SPACE: Record<number, number> = { 0: 45, 1: 40, 2: 20 };

function stagesFor(random: Random, names: [string, number][]): Stage[] {
  return names.map(([name, probability], i) => ({
    id: random.uuid(),
    name,
    probability,
    kind: i === names.length - 2 ? 'won' : i === names.length - 1 ? 'lost' : 'open',
  }));
}

const PIPELINE_STAGES: [string, [string, number][]][] = [
  [
    'Nouvelles affaires',
    [
      ['Découverte', 10],
      ['Qualification', 25],
      ['Proposition', 50],
      ['Négociation', 75],
      ['Gagné', 100],
      ['Perdu', 0],
    ],
  ],
  [
    'Enterprise',
    [
      ['Erstkontakt', 10],
      ['Bedarfsanalyse', 30],
      ['Angebot', 60],
      ['Verhandlung', 80],
      ['Gewonnen', 100],
      ['Verloren', 0],
    ],
  ],
  [
    'Sprzedaż',
    [
      ['Kontakt', 10],
      ['Analiza potrzeb', 30],
      ['Oferta', 60],
      ['Negocjacje', 80],
      ['Wygrana', 100],
      ['Przegrana', 0],
    ],
  ],
];

/** Builds the whole demo deterministically from `seed`; dates count back from `now`. */
export function buildDemoData(tenants: DemoTenant[], now: Date, seed = 20240501): DemoData {
  const random = seededRandom(seed);
  const data: DemoData = {
    tenants: [],
    users: [],
    spaces: [],
    pipelines: [],
    accounts: [],
    contacts: [],
    leads: [],
    opportunities: [],
    notes: [],
  };
  const daysAgo = (max: number) =>
    new Date(now.getTime() - random.int(0, max) * DAY - random.int(0, DAY)).toISOString();
  let spaceIndex = 0;

  for (const tenant of tenants) {
    const admin = tenant.users.find((u) => u.role === 'admin')!;
    const meta = (at: string, by: string): Meta => ({
      tenantId: tenant.id,
      schemaVersion: 1,
      version: 1,
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
    });
    const founded = new Date(now.getTime() - 400 * DAY).toISOString();
    data.tenants.push({
      ...meta(founded, admin.id),
      type: 'tenant',
      id: tenant.id,
      name: tenant.name,
    });
    for (const u of tenant.users) {
      data.users.push({
        ...meta(founded, admin.id),
        type: 'user',
        id: u.id,
        name: u.name,
        email: `${u.email}@${tenant.domain}`,
        role: u.role,
        supervisorId: u.supervisor,
        partnerId: u.partner ? DEMO_PARTNER_ID : undefined,
        spaceIds: u.spaces,
        timeZone: 'Europe/Paris',
        locale: 'en',
      });
    }
    const sellersOf = (space: DemoSpace) =>
      tenant.users.filter(
        (u) => u.spaces.includes(space.id) && u.role !== 'partner' && u.role !== 'admin',
      );

    for (const space of tenant.spaces) {
      const [pipelineName, stageNames] = PIPELINE_STAGES[spaceIndex % PIPELINE_STAGES.length]!;
      data.spaces.push({
        ...meta(founded, admin.id),
        type: 'space',
        id: space.id,
        name: space.name,
        defaultCurrency: space.currency,
      });
      const pipeline: Pipeline = {
        ...meta(founded, admin.id),
        type: 'pipeline',
        id: random.uuid(),
        spaceId: space.id,
        name: pipelineName,
        stages: stagesFor(random, stageNames),
        isDefault: true,
      };
      data.pipelines.push(pipeline);
      const people = sellersOf(space);
      const partner = tenant.users.find((u) => u.partner && u.spaces.includes(space.id));

      const accounts: Account[] = [];
      for (const locale of space.locales) {
        for (const stem of COMPANY_STEMS[locale]) {
          const at = daysAgo(300);
          const owner = random.pick(people);
          const name = `${stem} ${COMPANY_SUFFIX[locale]}`;
          const email = `contact@${emailLocal(stem)}.${EMAIL_DOMAIN[locale].split('.').pop()}`;
          accounts.push({
            ...meta(at, owner.id),
            type: 'account',
            id: random.uuid(),
            ownerId: owner.id,
            name,
            kind: 'other',
            email,
            phone: `+${random.int(30, 49)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(100, 999)}`,
            industry: random.pick(INDUSTRIES),
            keyAccount: random.chance(0.2),
            managerId: owner.id,
            tags: random.chance(0.3) ? [random.pick(TAGS)] : [],
            global: false,
            spaceIds: [space.id],
            private: false,
            searchText: normalizeForSearch(name, email),
          });
        }
      }
      data.accounts.push(...accounts);

      const contacts: Contact[] = [];
      for (const account of accounts) {
        const locale = localeOf(account.name, space.locales);
        for (let i = 0; i < 2; i++) {
          const firstName = random.pick(FIRST_NAMES[locale]);
          const lastName = random.pick(LAST_NAMES[locale]);
          const email = `${emailLocal(firstName, lastName)}@${EMAIL_DOMAIN[locale]}`;
          contacts.push({
            ...meta(account.createdAt, account.ownerId),
            type: 'contact',
            id: random.uuid(),
            ownerId: account.ownerId,
            firstName,
            lastName,
            email,
            jobTitle: random.pick(['CEO', 'CFO', 'IT Director', 'Purchasing Manager', 'COO']),
            accountId: account.id,
            champion: i === 0 && random.chance(0.3),
            tags: [],
            global: false,
            spaceIds: [space.id],
            searchText: normalizeForSearch(firstName, lastName, email),
          });
        }
      }
      data.contacts.push(...contacts);

      for (let i = 0; i < LEADS_PER_SPACE[spaceIndex]!; i++) {
        const locale = random.pick(space.locales);
        const firstName = random.pick(FIRST_NAMES[locale]);
        const lastName = random.pick(LAST_NAMES[locale]);
        const company = `${random.pick(COMPANY_STEMS[locale])} ${COMPANY_SUFFIX[locale]}`;
        const email = `${emailLocal(firstName, lastName)}@${EMAIL_DOMAIN[locale]}`;
        const owner = partner && random.chance(0.1) ? partner : random.pick(people);
        const status: LeadStatus = random.pick([
          'new',
          'new',
          'working',
          'working',
          'qualified',
          'disqualified',
        ]);
        const at = daysAgo(120);
        data.leads.push({
          ...meta(at, owner.id),
          type: 'lead',
          id: random.uuid(),
          spaceId: space.id,
          ownerId: owner.id,
          coOwnerIds: [],
          firstName,
          lastName,
          company,
          email,
          phone: `+${random.int(30, 49)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(100, 999)}`,
          source: random.pick(['manual', 'csv', 'web_form', 'email', 'call', 'inbound_api']),
          tags: random.chance(0.4) ? [random.pick(TAGS)] : [],
          partnerId: owner.partner ? DEMO_PARTNER_ID : undefined,
          participantIds: [],
          subscriberIds: random.chance(0.2) ? [random.pick(people).id] : [],
          status,
          disqualifyReason: status === 'disqualified' ? random.pick(DISQUALIFY_REASONS) : undefined,
          archived: status === 'disqualified' && random.chance(0.3),
          searchText: normalizeForSearch(firstName, lastName, company, email),
        });
      }

      for (let i = 0; i < OPPORTUNITIES_PER_SPACE[spaceIndex]!; i++) {
        const account = random.pick(accounts);
        const contact = contacts.find((c) => c.accountId === account.id);
        const stage = random.pick(pipeline.stages);
        const owner = random.pick(people);
        const at = daysAgo(200);
        const closed = stage.kind !== 'open';
        const name = `${account.name.split(' ')[0]} – ${random.pick(OPPORTUNITY_TOPICS)}`;
        const close = new Date(now.getTime() + random.int(-60, 120) * DAY)
          .toISOString()
          .slice(0, 10);
        data.opportunities.push({
          ...meta(at, owner.id),
          type: 'opportunity',
          id: random.uuid(),
          spaceId: space.id,
          ownerId: owner.id,
          coOwnerIds: [],
          name,
          amount: { amount: random.int(20, 2_000) * 100_00, currency: space.currency },
          expectedCloseDate: close,
          tags: random.chance(0.3) ? [random.pick(TAGS)] : [],
          contactId: contact?.id,
          participantIds: [],
          subscriberIds: random.chance(0.3) ? [random.pick(people).id] : [],
          pipelineId: pipeline.id,
          stageId: stage.id,
          probability: stage.probability,
          status: stage.kind,
          closeReason: closed
            ? random.pick(['Best offer', 'Price', 'Timing', 'Relationship'])
            : undefined,
          closedAt: closed ? daysAgo(30) : undefined,
          locked: stage.kind === 'won',
          accountIds: [account.id],
          primaryAccountId: account.id,
          searchText: normalizeForSearch(name, account.name),
        });
      }
      spaceIndex++;
    }
  }

  for (const opportunity of data.opportunities.filter(() => random.chance(0.4))) {
    data.notes.push({
      tenantId: opportunity.tenantId,
      schemaVersion: 1,
      version: 1,
      createdAt: opportunity.updatedAt,
      createdBy: opportunity.ownerId,
      updatedAt: opportunity.updatedAt,
      updatedBy: opportunity.ownerId,
      type: 'timeline',
      id: random.uuid(),
      recordType: 'opportunity',
      recordId: opportunity.id,
      kind: 'note',
      at: opportunity.updatedAt,
      actorId: opportunity.ownerId,
      text: random.pick([
        'Called the buyer; they want a revised offer by Friday.',
        'Rendez-vous fixé pour la démo la semaine prochaine.',
        'Kunde wünscht eine Teststellung vor Vertragsabschluss.',
        'Klient prosi o rabat przy umowie na trzy lata.',
        'Clientul a confirmat bugetul pentru trimestrul următor.',
      ]),
      changes: [],
    });
  }
  if (tenants[0]) data.leads.push(...unassignedLeads(tenants[0], now, seed + 1));
  return data;
}

function localeOf(companyName: string, locales: Locale[]): Locale {
  return (
    locales.find((l) => COMPANY_STEMS[l].some((stem) => companyName.startsWith(stem))) ??
    locales[0]!
  );
}
