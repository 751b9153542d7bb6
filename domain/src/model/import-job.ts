/**
 * An import: a CSV or vCard file uploaded in parts to Blob storage, mapped to a record type's
 * fields, then written in chunks by a background job that keeps its progress here.
 */
import { z } from 'zod';
import { ColumnMapping, ImportRecordType } from '../import/column-mapping';
import { Id, IsoDateTime, TenantId, UserId } from './common';

export const ImportStatus = z.enum(['uploading', 'ready', 'running', 'finished']);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** The most bytes one import file may have. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The most bytes one upload part carries (base64 in a JSON body of at most 1 MB). */
export const MAX_IMPORT_PART_BYTES = 512 * 1024;

export const ImportCounts = z.object({
  /** Rows read from the file (good and bad). */
  read: z.number().int().min(0),
  stored: z.number().int().min(0),
  skipped: z.number().int().min(0),
  /** Of the rows stored, those merged into a record (the space's merge policy), once any is. */
  merged: z.number().int().min(0).optional(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportJob = z.object({
  id: Id,
  tenantId: TenantId,
  spaceId: Id,
  recordType: ImportRecordType,
  fileName: z.string().min(1).max(255),
  /** The file's size as announced; `received` grows to it as parts arrive. */
  size: z.number().int().min(1).max(MAX_IMPORT_BYTES),
  received: z.number().int().min(0),
  format: z.enum(['csv', 'vcard']).optional(),
  encoding: z.enum(['utf-8', 'windows-1250', 'windows-1252']).optional(),
  separator: z.enum([',', ';']).optional(),
  header: z.array(z.string()).default([]),
  mapping: ColumnMapping.optional(),
  status: ImportStatus,
  counts: ImportCounts,
  /** Where the next chunk starts: the byte offset after the last finished chunk, and its line. */
  offset: z.number().int().min(0),
  line: z.number().int().min(1),
  chunk: z.number().int().min(0),
  createdBy: UserId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  finishedAt: IsoDateTime.optional(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const CreateImportInput = z.object({
  spaceId: Id,
  recordType: ImportRecordType,
  fileName: z.string().trim().min(1).max(255),
  size: z.number().int().min(1).max(MAX_IMPORT_BYTES),
});
export type CreateImportInput = z.infer<typeof CreateImportInput>;

export const ImportPartInput = z.object({
  /** Where the part goes in the file: parts are sent in order, a part sent again is ignored. */
  offset: z.number().int().min(0).max(MAX_IMPORT_BYTES),
  /** The bytes, base64. */
  data: z
    .string()
    .min(1)
    .max(Math.ceil(MAX_IMPORT_PART_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
});
export type ImportPartInput = z.infer<typeof ImportPartInput>;

export const SetImportMappingInput = z.object({
  mapping: ColumnMapping,
  /** Also the tenant's default mapping for this record type. */
  saveAsDefault: z.boolean().default(false),
});
export type SetImportMappingInput = z.infer<typeof SetImportMappingInput>;

const ProblemParams = z.record(z.string(), z.union([z.string(), z.number()]));

/** One row of the preview: the values as they will be stored, or why the row is left out. */
export const ImportPreviewRow = z.object({
  line: z.number().int(),
  values: z.record(z.string(), z.string()),
  problems: z.array(
    z.object({
      column: z.string().optional(),
      reason: z.string(),
      code: z.string(),
      params: ProblemParams,
    }),
  ),
});

export const ImportPreview = z.object({
  job: ImportJob,
  rows: z.array(ImportPreviewRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** A row left out: its line, the column at fault, the reason, and the row as it was. */
export const ImportProblem = z.object({
  line: z.number().int().min(1),
  column: z.string().optional(),
  /** In English, for the CSV of bad rows; the tab words it from `code` and `params`. */
  reason: z.string(),
  code: z.string(),
  params: ProblemParams,
  fields: z.array(z.string()),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ListImportProblemsInput = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(200),
  /** The line after which the page starts. */
  after: z.coerce.number().int().min(0).default(0),
});
export type ListImportProblemsInput = z.infer<typeof ListImportProblemsInput>;

export const ImportProblemPage = z.object({
  items: z.array(ImportProblem),
  /** The `after` of the next page, when there is one. */
  next: z.number().int().optional(),
});
export type ImportProblemPage = z.infer<typeof ImportProblemPage>;

/** One chunk of a running import, as it travels on the `imports` queue. */
export type ImportChunkMessage = {
  tenantId: string;
  jobId: string;
  chunk: number;
  offset: number;
  line: number;
};
