import { DEMO_TENANTS } from '../../scripts/seed/demo-org';

/** The demo data `npm start` seeds (scripts/seed); tests reach it through this module only. */
export { DEMO_TENANTS };

export const demoUser = (name: string) => {
  for (const tenant of DEMO_TENANTS) {
    const user = tenant.users.find((u) => u.name === name);
    if (user) return { ...user, tenantId: tenant.id };
  }
  throw new Error(`No demo user ${name}`);
};
