import type { JSONObject } from '@azure/cosmos';
import type { DomainEvent } from '../events';
import type { SummaryDelta } from './summary-delta';

/** A commit recorded in the document so a retry of it is recognised (see commit-writes.ts). */
export type CommitEntry = { id: string; version: number; summaryDeltas?: SummaryDelta[] };

/**
 * A document as stored: the domain fields plus storage-only fields that never leave the store
 * (outbox, recent commits, derived sort fields and Cosmos' system properties).
 */
export type StoredDocument = {
  id: string;
  tenantId: string;
  type: string;
  version: number;
  schemaVersion?: number;
  outbox?: DomainEvent[];
  hasOutbox?: boolean;
  commits?: CommitEntry[];
  sortName?: string;
  sortAmount?: number;
  sortCloseDate?: string;
  /** The record's normalised duplicate keys, each listed in its key document. */
  duplicateKeys?: string[];
  /** A lead: the format of the lead counters it is counted in (see lead-counter-delta.ts). */
  countersFormat?: number;
  _etag?: string;
  [field: string]: unknown;
};

const STORAGE_FIELDS = [
  'outbox',
  'hasOutbox',
  'commits',
  'sortName',
  'sortAmount',
  'sortCloseDate',
  'plannedActivities',
  'appliedTemplateRuns',
  'duplicateKeys',
  'countersFormat',
  '_rid',
  '_self',
  '_etag',
  '_ts',
  '_attachments',
] as const;

const isStorageField = new Set<string>(STORAGE_FIELDS);

/**
 * The domain view of a stored document. The copy is built field by field: deleting fields
 * from a copy would leave V8 a slow dictionary object for every spread and serialisation
 * after it (a list page spreads and serialises fifty).
 */
export function toDomain<T>(doc: StoredDocument): T {
  const copy: Record<string, unknown> = {};
  for (const field of Object.keys(doc)) if (!isStorageField.has(field)) copy[field] = doc[field];
  return copy as T;
}

export const RECENT_COMMITS = 20;

export const hasCommit = (doc: StoredDocument | undefined, commitId: string) =>
  doc?.commits?.find((c) => c.id === commitId);

/** Documents are plain JSON by construction; the SDK's batch types want that said. */
export const asJson = (doc: object): JSONObject => doc as JSONObject;
