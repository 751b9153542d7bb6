// The demo seller the API benchmarks act as, signed in with the local dev issuer.
import type { LocalApp } from '../local-app';
import { DEMO_TENANTS } from '../seed/demo-org';

export async function signInBenchSeller(app: LocalApp) {
  const tenant = DEMO_TENANTS[0]!;
  const seller = tenant.users.find((u) => u.name === 'Ioana Popescu')!;
  const token = await app.api!.issuer.sign({
    tenantId: tenant.id,
    userId: seller.id,
    name: seller.name,
    email: `${seller.email}@${tenant.domain}`,
  });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return { tenant, seller, api: `${app.api!.url}/api`, headers };
}
