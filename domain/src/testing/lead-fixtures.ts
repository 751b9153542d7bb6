import type { Lead } from '../model/lead';
import type { ChangeSource } from '../rules/changes';

/** Test data for the lead rules (used by *.test.ts only). */
export const leadFixture = (over: Partial<Lead> = {}): Lead => ({
  id: '3f2b8a4e-1c7d-4e59-9a10-5b6c7d8e9f01',
  tenantId: 't1',
  schemaVersion: 1,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'u1',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'u1',
  type: 'lead',
  spaceId: '0d9c8b7a-6f5e-4d3c-8b2a-19f0e1d2c3b4',
  firstName: 'Zofia',
  lastName: 'Wiśniewska',
  company: 'Kowalski Sp. z o.o.',
  email: 'zofia.w@example.pl',
  phone: '+48 22 555 01 02',
  source: 'web_form',
  tags: ['hot'],
  ownerId: 'u1',
  coOwnerIds: [],
  participantIds: [],
  subscriberIds: ['u2'],
  status: 'working',
  archived: false,
  searchText: '',
  ...over,
});

/** A change source with a fixed clock and counting ids. */
export function fixedSource(userId = 'u1'): ChangeSource {
  let n = 0;
  return {
    actor: { tenantId: 't1', userId },
    clock: { now: () => '2026-02-01T10:00:00.000Z' },
    ids: {
      uuid: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
    },
  };
}
