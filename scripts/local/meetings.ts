import type { MeetingDirectory, MeetingRoster } from '@channel-crm/domain/server';
import { buildDemoData } from '../seed/build-demo';
import { DEMO_TENANTS } from '../seed/demo-org';

/** How many of the demo's accounts with open deals the demo meeting invites contacts of. */
const INVITED_ACCOUNTS = 2;

/**
 * The `MeetingDirectory` for `npm start` without Graph: every chat is the tenant's demo
 * meeting, whose members are the tenant's demo users and whose invitees are the contacts of
 * the first accounts of its first space that have open deals (the demo data is the same on
 * every run, so these are the seeded contacts).
 */
export function createDemoMeetingDirectory(): MeetingDirectory {
  const demo = buildDemoData(DEMO_TENANTS, new Date());
  const rosters = new Map<string, MeetingRoster>(
    DEMO_TENANTS.map((tenant) => {
      const users = demo.users.filter((u) => u.tenantId === tenant.id);
      const space = tenant.spaces[0]!.id;
      const accountIds = [
        ...new Set(
          demo.opportunities
            .filter((o) => o.spaceId === space && o.status === 'open')
            .flatMap((o) => o.accountIds),
        ),
      ].slice(0, INVITED_ACCOUNTS);
      const tenantContacts = demo.contacts.filter((c) => c.tenantId === tenant.id);
      // The generated names repeat across spaces: an e-mail two contacts share is left out.
      const shared = (email?: string) => tenantContacts.filter((c) => c.email === email).length > 1;
      const contacts = tenantContacts.filter(
        (c) => c.accountId && accountIds.includes(c.accountId) && !shared(c.email),
      );
      return [
        tenant.id,
        {
          title: 'Quarterly review with customers',
          memberIds: users.map((u) => u.id),
          inviteeEmails: [...users, ...contacts].flatMap((p) => (p.email ? [p.email] : [])),
          partial: false,
        },
      ];
    }),
  );
  return { rosterOf: async (tenantId) => rosters.get(tenantId) };
}
