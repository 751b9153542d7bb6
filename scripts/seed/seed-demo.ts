import type { CommitOptions, CrmStore, Result } from '@channel-crm/domain/server';
import { buildDemoData } from './build-demo';
import { DEMO_TENANTS } from './demo-org';

export type SeedSummary = Record<
  | 'tenants'
  | 'users'
  | 'spaces'
  | 'pipelines'
  | 'accounts'
  | 'contacts'
  | 'leads'
  | 'opportunities'
  | 'notes',
  number
>;

type Committer<T> = {
  commit(next: T, events: [], options: CommitOptions): Promise<Result<T>>;
};

async function writeAll<T extends { id: string }>(repo: Committer<T>, docs: T[]): Promise<void> {
  const CONCURRENCY = 16;
  for (let i = 0; i < docs.length; i += CONCURRENCY) {
    const results = await Promise.all(
      docs
        .slice(i, i + CONCURRENCY)
        .map((doc) => repo.commit(doc, [], { expectedVersion: 0, commitId: `seed:${doc.id}` })),
    );
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(`Seeding failed: ${failed.error.message}`);
  }
}

export const isSeeded = async (store: CrmStore) =>
  (await store.tenants.get(DEMO_TENANTS[0]!.id, DEMO_TENANTS[0]!.id)) !== undefined;

export const demoTenantIds = () => DEMO_TENANTS.map((t) => t.id);

/**
 * Writes the demo (2 tenants, 3 spaces, ~200 leads, ~100 opportunities …) through the store;
 * deterministic for a given `now`. Seeding writes no events, so nobody is notified.
 */
export async function seedDemoData(store: CrmStore, now = new Date()): Promise<SeedSummary> {
  const data = buildDemoData(DEMO_TENANTS, now);
  await writeAll(store.tenants, data.tenants);
  await writeAll(store.users, data.users);
  await writeAll(store.spaces, data.spaces);
  await writeAll(store.pipelines, data.pipelines);
  await writeAll(store.accounts, data.accounts);
  await writeAll(store.contacts, data.contacts);
  await writeAll(store.leads, data.leads);
  await writeAll(store.opportunities, data.opportunities);
  for (const note of data.notes) await store.timeline.put(note);
  return {
    tenants: data.tenants.length,
    users: data.users.length,
    spaces: data.spaces.length,
    pipelines: data.pipelines.length,
    accounts: data.accounts.length,
    contacts: data.contacts.length,
    leads: data.leads.length,
    opportunities: data.opportunities.length,
    notes: data.notes.length,
  };
}
