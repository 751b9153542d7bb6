import type { ImportChunkMessage, ImportJob, ImportProblem } from '../model/import-job';
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import { en } from '../error-texts/en';
import { fillParams, type ErrorCode, type ErrorParams } from '../error-codes';
import { rowMapper, type ImportInput, type ImportRecordType } from '../import/column-mapping';
import type { FileLayout, ReadRow } from '../import/chunk-reader';
import { derivedId } from '../rules/deterministic-id';
import { recordDuplicateKeys, type KeyedRecord } from '../rules/record-duplicate-keys';
import type { DocumentMeta } from '../model/common';

/** How to read the import's file, as its upload found it. */
export function layoutOf(job: ImportJob): FileLayout {
  return {
    format: job.format ?? 'csv',
    encoding: job.encoding ?? 'utf-8',
    ...(job.separator === undefined ? {} : { separator: job.separator }),
    header: job.header,
  };
}

/** The id of the record a line of an import creates: the same however often the chunk runs. */
export const importedRecordId = (jobId: string, line: number) => derivedId(jobId, `line-${line}`);

/** The commit every write of an import carries, so a chunk run again skips what it wrote. */
export const importCommitId = (jobId: string) => `import:${jobId}`;

export const chunkMessage = (job: ImportJob): ImportChunkMessage => ({
  tenantId: job.tenantId,
  jobId: job.id,
  chunk: job.chunk,
  offset: job.offset,
  line: job.line,
});

/** The record a good row becomes: owned by the importer, in (or attached to) the job's space. */
function importedRecord(
  job: ImportJob,
  line: number,
  input: ImportInput[ImportRecordType],
  now: string,
): KeyedRecord {
  const meta: DocumentMeta = {
    id: importedRecordId(job.id, line),
    tenantId: job.tenantId,
    schemaVersion: 1,
    version: 1,
    createdAt: now,
    createdBy: job.createdBy,
    updatedAt: now,
    updatedBy: job.createdBy,
  };
  const owned = { ownerId: job.createdBy, searchText: '' };
  switch (job.recordType) {
    case 'lead': {
      const lead: Lead = {
        ...meta,
        ...(input as ImportInput['lead']),
        ...owned,
        type: 'lead',
        spaceId: job.spaceId,
        coOwnerIds: [],
        participantIds: [],
        subscriberIds: [],
        status: 'new',
        archived: false,
      };
      return lead;
    }
    case 'contact': {
      const contact: Contact = {
        ...meta,
        ...(input as ImportInput['contact']),
        ...owned,
        type: 'contact',
        spaceIds: [job.spaceId],
      };
      return contact;
    }
    case 'account': {
      const account: Account = {
        ...meta,
        ...(input as ImportInput['account']),
        ...owned,
        type: 'account',
        spaceIds: [job.spaceId],
      };
      return account;
    }
  }
}

/** A row left out, as the import's report shows it. */
export const problem = (
  row: Pick<ReadRow, 'line' | 'fields'>,
  code: ErrorCode,
  params: ErrorParams,
  column?: string,
  reason = fillParams(en[code], params),
): ImportProblem => ({
  line: row.line,
  ...(column === undefined ? {} : { column }),
  reason,
  code,
  params,
  fields: row.fields,
});

/** A good row: the record it becomes, with its duplicate keys, and the fields it was read from. */
export type ImportedRow = { line: number; fields: string[]; record: KeyedRecord; keys: string[] };

export type MappedChunk = { rows: ImportedRow[]; problems: ImportProblem[] };

/**
 * The records and problems of a chunk's rows, under the job's mapping. Each record carries its
 * duplicate keys (phones read in the space's default country), so it is checked against the
 * records already there and later ways in find it.
 */
export function mapChunk(
  job: ImportJob,
  rows: ReadRow[],
  now: string,
  defaultCountry?: string,
): MappedChunk {
  if (!job.mapping) throw new Error(`Import ${job.id} runs without a mapping`);
  const map = rowMapper(job.header, job.mapping, job.recordType);
  const mapped: MappedChunk = { rows: [], problems: [] };
  for (const row of rows) {
    if ('error' in row) {
      mapped.problems.push(problem(row, row.error.code, row.error.params));
      continue;
    }
    const result = map(row);
    if (result.ok) {
      const record = importedRecord(job, row.line, result.input, now);
      const keys = recordDuplicateKeys(record, defaultCountry);
      mapped.rows.push({ line: row.line, fields: row.fields, record, keys });
    } else {
      const first = result.errors[0]!;
      const reason = result.errors.map((e) => `${e.column ?? e.field}: ${e.reason}`).join('; ');
      mapped.problems.push(problem(row, first.code, first.params, first.column, reason));
    }
  }
  return mapped;
}
