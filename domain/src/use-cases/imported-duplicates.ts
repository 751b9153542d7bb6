import type { Actor } from '../actor';
import type { DomainEvent } from '../events';
import type { DuplicatePolicy } from '../model/duplicates';
import type { ImportJob, ImportProblem } from '../model/import-job';
import { domainEvent, nextVersion, type ChangeSource } from '../rules/changes';
import { derivedId } from '../rules/deterministic-id';
import { withBlanksFilled } from '../rules/fill-blanks';
import { canView } from '../rules/permissions';
import { holderOf, recordDuplicateKeys, type KeyedRecord } from '../rules/record-duplicate-keys';
import { keyedRecordTitle } from '../rules/record-title';
import type { ErrorCode, ErrorParams } from '../error-codes';
import type { BatchWrite, CrmStore } from '../store/ports';
import { buildActor } from './build-actor';
import { repositoryFor } from './commit-record';
import { UPDATED } from './duplicate-policy';
import { importCommitId, problem, type ImportedRow } from './imported-rows';

/** A record already stored that some rows of the chunk duplicate. */
type Match = { record: KeyedRecord; visible: boolean };

/** An event for a record's outbox: the owner of a hidden match is told of the rows like it. */
export type DuplicateNotice = { recordId: string; event: DomainEvent };

/** What the space's duplicate policy makes of a chunk's good rows. */
export type SettledChunk = {
  /** The rows to create, in file order (flagged ones carry `possibleDuplicate`). */
  created: ImportedRow[];
  /** Records already stored whose blanks rows of the chunk fill (the merge policy). */
  merged: BatchWrite[];
  /** How many rows were merged into a record (stored, or created earlier in the chunk). */
  mergedRows: number;
  /** Rows left out (the reject policy). */
  problems: ImportProblem[];
  notices: DuplicateNotice[];
  /** The rows' keys that had no key document when the chunk was checked. */
  absentKeys: Set<string>;
};

export type ChunkSettings = {
  policy: DuplicatePolicy;
  defaultCountry: string | undefined;
  now: string;
};

/** The commit of the records a chunk merges rows into: one per chunk, so a rerun skips it. */
export const importMergeCommitId = (job: ImportJob) => `${importCommitId(job.id)}:${job.chunk}`;

/** The importer as the visibility rules see them; undefined once they left (they see nothing). */
async function importerOf(store: CrmStore, job: ImportJob): Promise<Actor | undefined> {
  const built = await buildActor(store, job.tenantId, job.createdBy);
  return built.ok ? built.value : undefined;
}

/**
 * The records already stored that share a key with the chunk's rows: one bulk of point reads of
 * the key documents, one of the records they list. The chunk's own records (written already
 * when the chunk runs again) are left out, so a rerun decides as the first run did.
 */
async function storedMatches(
  store: CrmStore,
  job: ImportJob,
  rows: readonly ImportedRow[],
): Promise<{ byKey: Map<string, Match[]>; absentKeys: Set<string> }> {
  const own = new Set(rows.map((row) => row.record.id));
  const keys = [...new Set(rows.flatMap((row) => row.keys))];
  const found = keys.length === 0 ? [] : await store.duplicateKeys.holdersOf(job.tenantId, keys);
  const absentKeys = new Set(keys);
  for (const { key } of found) absentKeys.delete(key);
  const idsByKey = new Map(
    found.map(({ key, holders }) => [
      key,
      holders.filter((h) => h.recordType === job.recordType && !own.has(h.id)).map((h) => h.id),
    ]),
  );
  const ids = [...new Set([...idsByKey.values()].flat())];
  if (ids.length === 0) return { byKey: new Map(), absentKeys };
  const records = (await repositoryFor(store, job.recordType).getMany(
    job.tenantId,
    ids,
  )) as KeyedRecord[];
  const live = records.filter((record) => record.anonymizedAt === undefined);
  const importer = live.length > 0 ? await importerOf(store, job) : undefined;
  const byId = new Map(
    live.map((record) => [
      record.id,
      { record, visible: importer !== undefined && canView(importer, record) },
    ]),
  );
  const byKey = new Map(
    [...idsByKey].map(([key, keyIds]) => [
      key,
      keyIds.flatMap((id) => {
        const match = byId.get(id);
        return match ? [match] : [];
      }),
    ]),
  );
  return { byKey, absentKeys };
}

/** The field whose column a duplicate key comes from, to name it in the report. */
const FIELD_OF_KEY: Record<string, string> = {
  email: 'email',
  phone: 'phone',
  person: 'lastName',
  company: 'name',
  domain: 'website',
};

function columnOf(job: ImportJob, key: string): string | undefined {
  const field = FIELD_OF_KEY[key.slice(0, key.indexOf(':'))];
  const columns = job.mapping?.columns ?? [];
  return (
    columns.find((c) => c.field === field)?.header ??
    columns.find((c) => c.field === 'email')?.header
  );
}

/**
 * Applies the space's duplicate policy to a chunk's good rows, against the records already
 * stored and, in file order, against the rows before them (the first row wins):
 * - flag: every row is created; one like another carries `possibleDuplicate` (the ids the
 *   importer may see, a count of the others), and each owner of hidden matches is told once;
 * - merge: a row fills the blanks of the first stored record the importer may see, else of the
 *   earlier row it repeats; a row whose only matches are hidden is flagged;
 * - reject: a row like another is left out, reported as a duplicate of what the importer may see.
 */
export async function settleDuplicates(
  store: CrmStore,
  job: ImportJob,
  rows: readonly ImportedRow[],
  settings: ChunkSettings,
): Promise<SettledChunk> {
  const { byKey: stored, absentKeys } = await storedMatches(store, job, rows);
  const settled: SettledChunk = {
    created: [],
    merged: [],
    mergedRows: 0,
    problems: [],
    notices: [],
    absentKeys,
  };
  /** The first row of the chunk carrying each key, as it will be created. */
  const firstWith = new Map<string, ImportedRow>();
  /** Stored records as the merges of this chunk leave them. */
  const mergedInto = new Map<string, { before: KeyedRecord; after: KeyedRecord }>();
  /** The hidden matches flagged rows point to, with those rows, by the match's owner. */
  const hiddenByOwner = new Map<string, { match: KeyedRecord; rowIds: string[] }>();

  const claim = (row: ImportedRow) => {
    for (const key of row.keys) if (!firstWith.has(key)) firstWith.set(key, row);
  };
  const reject = (row: ImportedRow, key: string, code: ErrorCode, params: ErrorParams) =>
    settled.problems.push(problem(row, code, params, columnOf(job, key)));

  for (const row of rows) {
    const matches = new Map<string, Match>();
    let matchKey: string | undefined;
    for (const key of row.keys) {
      for (const match of stored.get(key) ?? []) {
        matches.set(match.record.id, match);
        matchKey ??= key;
      }
    }
    const earlierKey = row.keys.find((key) => firstWith.has(key));
    const earlier = earlierKey === undefined ? undefined : firstWith.get(earlierKey);
    const visible = [...matches.values()].filter((m) => m.visible).map((m) => m.record);
    const hidden = [...matches.values()].filter((m) => !m.visible).map((m) => m.record);

    if (matches.size === 0 && !earlier) {
      settled.created.push(row);
      claim(row);
      continue;
    }
    if (settings.policy === 'reject') {
      const [shown] = visible;
      if (shown) {
        reject(row, matchKey!, 'import.duplicate_of_record', {
          title: keyedRecordTitle(shown),
          id: shown.id,
        });
      } else if (earlier) {
        reject(row, earlierKey!, 'import.duplicate_of_line', { line: earlier.line });
      } else {
        reject(row, matchKey!, 'import.duplicate_hidden', {});
      }
      continue;
    }
    if (settings.policy === 'merge' && (visible.length > 0 || earlier)) {
      const [target] = visible;
      if (target) {
        const current = mergedInto.get(target.id)?.after ?? target;
        const after = withBlanksFilled(current, row.record).filled;
        mergedInto.set(target.id, { before: target, after });
      } else if (earlier) {
        earlier.record = withBlanksFilled(earlier.record, row.record).filled;
        earlier.keys = recordDuplicateKeys(earlier.record, settings.defaultCountry);
        claim(earlier);
      }
      settled.mergedRows += 1;
      continue;
    }
    const ids = [...visible.map((r) => r.id), ...(earlier ? [earlier.record.id] : [])];
    const possibleDuplicate = { ids: ids.slice(0, 20), hidden: hidden.length };
    const flagged = { ...row, record: { ...row.record, possibleDuplicate } };
    settled.created.push(flagged);
    claim(flagged);
    for (const match of hidden) {
      const owner = match.ownerId ?? match.id;
      const told = hiddenByOwner.get(owner) ?? { match, rowIds: [] };
      told.rowIds.push(row.record.id);
      hiddenByOwner.set(owner, told);
    }
  }
  settled.merged = mergeWrites(job, settings, mergedInto);
  settled.notices = noticesOf(job, settings, hiddenByOwner);
  return settled;
}

/** Stamps and events of the import's own writes, with ids the same however often it runs. */
const importSource = (job: ImportJob, now: string, eventKey: string): ChangeSource => ({
  actor: { tenantId: job.tenantId, userId: job.createdBy },
  clock: { now: () => now },
  ids: { uuid: () => derivedId(job.id, eventKey) },
});

/** The stored records rows were merged into; one that gained nothing is not written again. */
function mergeWrites(
  job: ImportJob,
  settings: ChunkSettings,
  mergedInto: ReadonlyMap<string, { before: KeyedRecord; after: KeyedRecord }>,
): BatchWrite[] {
  return [...mergedInto.values()].flatMap(({ before, after }) => {
    const { changes } = withBlanksFilled(before, after);
    if (changes.length === 0) return [];
    const src = importSource(job, settings.now, `merge-${job.chunk}-${before.id}`);
    const next = nextVersion(src, after);
    const event = domainEvent(src, next, UPDATED[next.type], {
      changes,
      data: { mergedIncoming: true, importId: job.id },
    });
    const keys = recordDuplicateKeys(next, settings.defaultCountry);
    return [
      {
        doc: next,
        events: [event],
        expectedVersion: before.version,
        duplicateKeys: { holder: holderOf(next), keys },
      },
    ];
  });
}

/** One `record.duplicate_detected` per owner of hidden matches, on the first of their records. */
function noticesOf(
  job: ImportJob,
  settings: ChunkSettings,
  hiddenByOwner: ReadonlyMap<string, { match: KeyedRecord; rowIds: string[] }>,
): DuplicateNotice[] {
  return [...hiddenByOwner.values()].map(({ match, rowIds }) => {
    const src = importSource(job, settings.now, `duplicates-${job.chunk}-${match.id}`);
    const event = domainEvent(src, match, 'record.duplicate_detected', {
      data: {
        duplicateId: rowIds[0],
        duplicateType: job.recordType,
        count: rowIds.length,
        importId: job.id,
      },
    });
    return { recordId: match.id, event };
  });
}
