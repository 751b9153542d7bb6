import { randomUUID } from 'node:crypto';
import type { DomainEvent, DomainEventType } from '../events';
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';

/** Valid records for store tests; the store never sees use cases here. */
const meta = (tenantId: string) => {
  const now = new Date().toISOString();
  return {
    tenantId,
    schemaVersion: 1,
    version: 1,
    createdAt: now,
    createdBy: 'user-1',
    updatedAt: now,
    updatedBy: 'user-1',
  };
};

export const aLead = (tenantId: string, fields: Partial<Lead> = {}): Lead => ({
  ...meta(tenantId),
  type: 'lead',
  id: randomUUID(),
  spaceId: randomUUID(),
  ownerId: 'user-1',
  coOwnerIds: [],
  lastName: 'Nowak',
  firstName: 'Zofia',
  email: 'zofia.nowak@example.com',
  source: 'manual',
  tags: [],
  status: 'new',
  archived: false,
  participantIds: [],
  subscriberIds: [],
  searchText: '',
  ...fields,
});

export const anOpportunity = (
  tenantId: string,
  fields: Partial<Opportunity> = {},
): Opportunity => ({
  ...meta(tenantId),
  type: 'opportunity',
  id: randomUUID(),
  spaceId: randomUUID(),
  ownerId: 'user-1',
  coOwnerIds: [],
  name: 'Fleet renewal',
  amount: { amount: 100_000, currency: 'EUR' },
  pipelineId: randomUUID(),
  stageId: randomUUID(),
  probability: 50,
  status: 'open',
  locked: false,
  accountIds: [],
  tags: [],
  participantIds: [],
  subscriberIds: [],
  searchText: '',
  ...fields,
});

export const anAccount = (tenantId: string, fields: Partial<Account> = {}): Account => ({
  ...meta(tenantId),
  type: 'account',
  id: randomUUID(),
  ownerId: 'user-1',
  name: 'Åkerlund & Söner AB',
  kind: 'other',
  keyAccount: false,
  tags: [],
  global: false,
  spaceIds: [],
  private: false,
  searchText: '',
  ...fields,
});

export const aContact = (tenantId: string, fields: Partial<Contact> = {}): Contact => ({
  ...meta(tenantId),
  type: 'contact',
  id: randomUUID(),
  ownerId: 'user-1',
  lastName: 'Dubois',
  firstName: 'Amélie',
  champion: false,
  tags: [],
  global: false,
  spaceIds: [],
  searchText: '',
  ...fields,
});

export const anEvent = (
  record: { tenantId: string; id: string; type: 'lead' | 'opportunity' | 'account' | 'contact' },
  type: DomainEventType,
): DomainEvent => ({
  id: randomUUID(),
  type,
  tenantId: record.tenantId,
  recordType: record.type,
  recordId: record.id,
  actorId: 'user-1',
  at: new Date().toISOString(),
  version: 0,
  changes: [],
  data: {},
});
