import type { DomainEvent } from '../events';
import type { Result } from '../result';
import type { Account } from '../model/account';
import type { Activity } from '../model/activity';
import type { Contact } from '../model/contact';
import type { DuplicateKeyHolder } from '../model/duplicates';
import type { Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';
import type { Pipeline } from '../model/pipeline';
import type { Space } from '../model/space';
import type { StageSummary } from '../model/summary';
import type { LeadCounterFigures } from './lead-counters';
import type { TaskSharingLevel } from '../model/task-settings';
import type { ActivityFilter } from './query-catalog';
import type { ActivityWrite } from './activity-repository';
import type { ImportStore } from './import-store';
import type { PlannedTasks } from './planned-tasks';
import type { Tenant } from '../model/tenant';
import type { TimelineEntry } from '../model/timeline';
import type { User } from '../model/user';

/**
 * What the use cases need from storage. The Cosmos DB adapter in this folder is the only
 * implementation; tests run it against the embedded server or a real account.
 */
export type CrmRecord = Lead | Opportunity | Account | Contact;
export type StoredDocument =
  CrmRecord | Pipeline | Space | User | Tenant | TimelineEntry | Activity;

export type Page<T> = { items: T[]; continuation?: string };
export type PageRequest = { limit: number; continuation?: string };

export type SortDirection = 'asc' | 'desc';
export type Sort = {
  field: 'updatedAt' | 'createdAt' | 'name' | 'amount' | 'expectedCloseDate';
  direction: SortDirection;
};

/**
 * Which records of a type an actor may see, as data the store turns into a WHERE clause
 * (rules/permissions.ts builds it). Everything is ANDed; `anyOf` is ORed inside.
 */
export type VisibilityScope = {
  /** Records whose space is one of these (leads, opportunities) or that are attached to one (accounts, contacts: or global). */
  spaceIds?: string[];
  /** Also records owned by these users (a supervisor's subordinates), in any space. */
  orOwnerIds?: string[];
  /** Only records assigned to this partner. */
  partnerId?: string;
  /** Private accounts are returned only when created by this user. */
  viewerId: string;
};

export type ListQuery = {
  scope: VisibilityScope;
  ownerId?: string;
  /** Leads nobody owns yet (the free pool). */
  unassigned?: boolean;
  /** Contacts of this account; opportunities linked to it (any of their accounts). */
  accountId?: string;
  /** Leads and opportunities naming this contact, as their contact or a participant. */
  contactId?: string;
  status?: string;
  /** Any of these statuses. */
  statuses?: string[];
  /** Created at or after this instant (ISO, UTC). */
  createdAfter?: string;
  /** Never changed since it was created (version 1). */
  untouched?: boolean;
  pipelineId?: string;
  stageId?: string;
  tag?: string;
  /** Matched against the stored normalised `searchText`. */
  text?: string;
  archived?: boolean;
  /**
   * Flagged as a possible duplicate of a record its writer could name, and neither a merged
   * lead's tombstone nor anonymized (the duplicates view).
   */
  flagged?: boolean;
  /** An expected close date before this day (ISO date); records without one never match. */
  closesBefore?: string;
  sort?: Sort;
};

export type CommitOptions = {
  /** The version the user saw; 0 to create. */
  expectedVersion: number;
  /**
   * Identifies this change (request id, Idempotency-Key or card action id) so a retry after
   * a lost reply is recognised and answers the stored result instead of writing twice.
   */
  commitId: string;
  /** Rewrites events still waiting in the outbox (anonymize erases personal data there). */
  rewritePendingEvents?: (pending: DomainEvent[]) => DomainEvent[];
  /** Template runs' tasks created with this version, in the same batch. */
  plannedTasks?: PlannedTasks;
  /** The record's duplicate keys from now on, their key documents written in the same batch. */
  duplicateKeys?: DuplicateKeysWrite;
};

/** A record's duplicate keys as it is written (see store/duplicate-key-documents.ts). */
export type DuplicateKeysWrite = { holder: DuplicateKeyHolder; keys: string[] };

/** Where a record is: its tenant (the partition) and its id. */
export type RecordAddress = { tenantId: string; id: string };

/** A key and the records that carry it. */
export type KeyHolders = { key: string; holders: DuplicateKeyHolder[] };

export type RecordRepository<T extends { id: string; tenantId: string; version: number }> = {
  get(tenantId: string, id: string): Promise<T | undefined>;
  getMany(tenantId: string, ids: string[]): Promise<T[]>;
  /**
   * Writes `next` with version = expectedVersion + 1 and appends `events` to the document's
   * outbox in the same write. A stale expectedVersion answers `stale` and writes nothing.
   */
  commit(next: T, events: DomainEvent[], options: CommitOptions): Promise<Result<T>>;
  list(tenantId: string, query: ListQuery, page: PageRequest): Promise<Page<T>>;
  /** How many records match, counted by the server without reading them. */
  count(tenantId: string, query: ListQuery): Promise<number>;
  remove(tenantId: string, id: string): Promise<void>;
};

export type CommitBatchOptions = {
  /**
   * Duplicate keys the caller has just found without a key document (an import chunk): the
   * batch's first attempt creates them without reading them again. A key document created
   * meanwhile fails that attempt, and the next one reads every key.
   */
  absentKeys?: ReadonlySet<string>;
};

/** One document write of a multi-document operation (qualify). */
export type BatchWrite = {
  doc: CrmRecord;
  events: DomainEvent[];
  /** 0 creates the document; otherwise the version the writer saw. */
  expectedVersion: number;
  duplicateKeys?: DuplicateKeysWrite;
};

export type OutboxItem = { tenantId: string; record: CrmRecord; events: DomainEvent[] };

/** Another part's small document, kept as it is: the store does not look inside. */
export type KeyedDocument = Record<string, unknown>;

/** Where a keyed document lives: its kind (the document type) and its owner's key. */
export type KeyedDocumentAddress = { kind: string; tenantId: string; ownerId: string; key: string };

/**
 * What an edit of a keyed document decides from the document it was shown: the next document
 * to write (with the answer to give once it is written), or only an answer, writing nothing.
 */
export type KeyedDocumentEdit<Answer> =
  { next: KeyedDocument; answer: Answer } | { answer: Answer };

export type CrmStore = {
  tenants: RecordRepository<Tenant>;
  users: RecordRepository<User> & { listAll(tenantId: string): Promise<User[]> };
  spaces: RecordRepository<Space> & { listAll(tenantId: string): Promise<Space[]> };
  pipelines: RecordRepository<Pipeline> & {
    listForSpace(tenantId: string, spaceId: string): Promise<Pipeline[]>;
  };
  leads: RecordRepository<Lead>;
  /** Commits also keep the per-stage summaries in step, in the same batch. */
  opportunities: RecordRepository<Opportunity>;
  accounts: RecordRepository<Account>;
  contacts: RecordRepository<Contact>;
  timeline: {
    get(tenantId: string, id: string): Promise<TimelineEntry | undefined>;
    /** Upsert by id: writing the same event twice leaves one entry. */
    put(entry: TimelineEntry): Promise<void>;
    commit(next: TimelineEntry, options: CommitOptions): Promise<Result<TimelineEntry>>;
    listForRecord(
      tenantId: string,
      recordId: string,
      page: PageRequest,
    ): Promise<Page<TimelineEntry>>;
    listAllForRecord(tenantId: string, recordId: string): Promise<TimelineEntry[]>;
  };
  /**
   * Calls, meetings, e-mails and tasks. A write also keeps the related record's next activity
   * and carries the activity's events in the record's outbox, in the same batch.
   */
  activities: {
    get(tenantId: string, id: string): Promise<Activity | undefined>;
    commit(write: ActivityWrite, commitId: string): Promise<Result<Activity>>;
    /**
     * Creates template runs' tasks on a record in one batch with the record (see
     * PlannedTasks); answers the tasks created, none for runs the record already had.
     */
    commitPlanned(
      tenantId: string,
      recordId: string,
      tasks: PlannedTasks,
      commitId: string,
    ): Promise<Result<Activity[]>>;
    listForAssignee(
      tenantId: string,
      filter: ActivityFilter,
      page: PageRequest,
    ): Promise<Page<Activity>>;
    count(tenantId: string, filter: ActivityFilter): Promise<number>;
    /** Activities of these assignees due in [from, to), by due date (at most 1,000). */
    listDue(tenantId: string, assigneeIds: string[], from: string, to: string): Promise<Activity[]>;
    listForRecord(
      tenantId: string,
      recordId: string,
      state: 'planned' | 'done',
      page: PageRequest,
    ): Promise<Page<Activity>>;
    /**
     * Rewrites a record's activities that `change` changes, and the titles the record keeps of
     * its planned ones (erasure); internal writes, no version moves. Answers how many.
     */
    rewriteForRecord(
      tenantId: string,
      recordId: string,
      change: (activity: Activity) => Activity | undefined,
    ): Promise<number>;
    /**
     * Sets, on every record with the assignee's planned activities, the level they now share
     * of each (their task sharing changed). Answers how many records.
     */
    relevel(
      tenantId: string,
      assigneeId: string,
      levelOf: (typeId: string) => TaskSharingLevel,
    ): Promise<number>;
    /** Deletes every activity of a record (the record is deleted). Answers how many. */
    removeForRecord(tenantId: string, recordId: string): Promise<number>;
  };
  /** The lead counters of a space (`store/lead-counter-delta.ts`), by point reads. */
  leadCounters: {
    /** The space's statistics and the day counters of these UTC dates. */
    read(tenantId: string, spaceId: string, days: readonly string[]): Promise<LeadCounterFigures>;
    /**
     * Leads of every tenant not counted in the counters' current format (stored before them),
     * by id after `afterId`, at most `limit` of them (the backfill's page).
     */
    uncounted(afterId: string | undefined, limit: number): Promise<RecordAddress[]>;
    /**
     * Adds an uncounted lead to its space's counters and marks it counted, in one guarded
     * batch. Answers false when it was counted already or is gone.
     */
    count(lead: RecordAddress, now: string): Promise<boolean>;
  };
  summaries: {
    forPipeline(tenantId: string, pipelineId: string): Promise<StageSummary[]>;
    /** The summaries of several pipelines in one query. */
    forPipelines(tenantId: string, pipelineIds: string[]): Promise<StageSummary[]>;
  };
  /**
   * Writes several documents of one tenant as one transactional batch. Idempotent and
   * resumable: a write whose document already carries `commitId` is skipped, so running an
   * interrupted operation again completes it without duplicates.
   */
  commitBatch(
    tenantId: string,
    writes: BatchWrite[],
    commitId: string,
    options?: CommitBatchOptions,
  ): Promise<Result<CrmRecord[]>>;
  /** Who carries each duplicate key: point reads of the key documents, never a query. */
  duplicateKeys: {
    holdersOf(tenantId: string, keys: string[]): Promise<KeyHolders[]>;
    /**
     * A look-up's candidates: the records `ids` of `recordType`, and which of the keyed
     * documents `dismissals` (pairs found not to be duplicates) exist, in one bulk of point reads.
     */
    candidates(
      tenantId: string,
      recordType: string,
      ids: string[],
      dismissals: KeyedDocumentAddress[],
    ): Promise<{ records: CrmRecord[]; dismissed: boolean[] }>;
    /**
     * Leads, contacts and accounts of every tenant stored before records carried duplicate keys,
     * by id after `afterId`, at most `limit` of them (the backfill's page).
     */
    unkeyed(afterId: string | undefined, limit: number): Promise<RecordAddress[]>;
    /**
     * Gives a record without keys the keys `keysOf` makes of it, on the record and in its key
     * documents, in one guarded batch. Answers false when it had keys already or is gone.
     */
    backfill(
      record: RecordAddress,
      keysOf: (record: CrmRecord) => Promise<DuplicateKeysWrite>,
    ): Promise<boolean>;
  };
  outbox: {
    /** Records with undelivered events (all tenants: the sweeper's view). */
    pending(limit: number): Promise<OutboxItem[]>;
    /** Removes delivered events; an internal write that never bumps `version`. */
    acknowledge(tenantId: string, record: CrmRecord, eventIds: string[]): Promise<void>;
    /** One record with its undelivered events (a point read), to dispatch right after a write. */
    forRecord(tenantId: string, recordId: string): Promise<OutboxItem | undefined>;
    /**
     * Adds events to a record's outbox without a new record version (an internal write, like
     * acknowledge): a note tells followers, yet the next edit with the version a user holds
     * still succeeds. Events already in the outbox (same id) are not added twice.
     */
    append(tenantId: string, recordId: string, events: DomainEvent[]): Promise<boolean>;
  };
  /**
   * Documents of one kind found by (owner, key), e.g. the API's idempotency replays; each is
   * read back by id (a point read) with the fields it was put with.
   */
  keyedDocuments: {
    get(address: KeyedDocumentAddress): Promise<KeyedDocument | undefined>;
    put(address: KeyedDocumentAddress, document: KeyedDocument): Promise<void>;
    /**
     * Read-modify-write guarded by the document's `_etag`: `edit` sees the stored document (or
     * undefined) and decides; when another writer changed it meanwhile, `edit` runs again on a
     * fresh read, so no writer's change is lost.
     */
    change<Answer>(
      address: KeyedDocumentAddress,
      edit: (current: KeyedDocument | undefined) => KeyedDocumentEdit<Answer>,
      /** A hot document (a round-robin counter) may need more than the usual attempts. */
      options?: { attempts?: number },
    ): Promise<Answer>;
  };
  /** Import jobs with their progress, and the rows they left out. */
  imports: ImportStore;
  /**
   * Deletes keyed documents by address (point deletes; one already gone is fine). Answers how
   * many were there.
   */
  deleteKeyedDocuments(addresses: KeyedDocumentAddress[]): Promise<number>;
  /** Every document of a tenant (admin export) and deleting them all. */
  exportTenant(tenantId: string): Promise<StoredDocument[]>;
  /**
   * Deletes every document of the tenant and, first, the documents elsewhere (the public
   * index) that its documents list, so none outlives the lists that find them.
   */
  deleteTenant(
    tenantId: string,
    listedElsewhere: (document: Record<string, unknown>) => KeyedDocumentAddress[],
  ): Promise<number>;
};
