import { normalizeForSearch, type Lead } from '@channel-crm/domain';
import {
  COMPANY_STEMS,
  COMPANY_SUFFIX,
  EMAIL_DOMAIN,
  emailLocal,
  FIRST_NAMES,
  LAST_NAMES,
} from './names';
import type { DemoTenant } from './demo-org';
import { seededRandom } from './prng';

const DAY = 86_400_000;
const PER_SPACE = 5;

/**
 * Inbound leads nobody owns yet (the free pool), in the first tenant's spaces. Their own PRNG
 * and dates older than the other leads keep the rest of the demo exactly as it was.
 */
export function unassignedLeads(tenant: DemoTenant, now: Date, seed: number): Lead[] {
  const random = seededRandom(seed);
  const admin = tenant.users.find((u) => u.role === 'admin')!;
  return tenant.spaces.flatMap((space) =>
    Array.from({ length: PER_SPACE }, (): Lead => {
      const locale = random.pick(space.locales);
      const firstName = random.pick(FIRST_NAMES[locale]);
      const lastName = random.pick(LAST_NAMES[locale]);
      const company = `${random.pick(COMPANY_STEMS[locale])} ${COMPANY_SUFFIX[locale]}`;
      const email = `${emailLocal(firstName, lastName)}@${EMAIL_DOMAIN[locale]}`;
      const at = new Date(now.getTime() - random.int(121, 150) * DAY).toISOString();
      return {
        tenantId: tenant.id,
        schemaVersion: 1,
        version: 1,
        createdAt: at,
        createdBy: admin.id,
        updatedAt: at,
        updatedBy: admin.id,
        type: 'lead',
        id: random.uuid(),
        spaceId: space.id,
        coOwnerIds: [],
        firstName,
        lastName,
        company,
        email,
        source: random.pick(['web_form', 'inbound_api', 'email'] as const),
        tags: [],
        participantIds: [],
        subscriberIds: [],
        status: 'new',
        archived: false,
        searchText: normalizeForSearch(firstName, lastName, company, email),
      };
    }),
  );
}
