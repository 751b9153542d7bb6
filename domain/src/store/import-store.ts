import type { Container, OperationInput } from '@azure/cosmos';
import { uuidV5 } from '../rules/deterministic-id';
import type { ImportJob, ImportProblem } from '../model/import-job';
import { MAX_BATCH_OPERATIONS } from './commit-writes';
import { SCHEMA_VERSION } from './migrations';
import { readDocument } from './point-read';
import { importJobsQuery, importProblemsQuery, runningImportsQuery } from './query-catalog';
import { asJson } from './stored-document';

const JOB = 'import-job';
const PROBLEM = 'import-problem';

/** An import job as read, with the `_etag` its next write is guarded by. */
export type ReadImportJob = { job: ImportJob; etag: string };

type StoredJob = ImportJob & { type: typeof JOB; schemaVersion: number; _etag?: string };
type StoredProblem = ImportProblem & { id: string; tenantId: string; jobId: string };

export type ImportStore = {
  get(tenantId: string, id: string): Promise<ReadImportJob | undefined>;
  create(job: ImportJob): Promise<ReadImportJob>;
  /** Writes the job if it is still as read (`etag`); `stale` when it moved since. */
  replace(job: ImportJob, etag: string): Promise<ReadImportJob | 'stale'>;
  /** A user's imports, newest first (at most `limit`). */
  listForUser(tenantId: string, userId: string, limit: number): Promise<ImportJob[]>;
  /** Imports of every tenant still running. */
  running(): Promise<ImportJob[]>;
  /** Keeps rows left out; one document per line, so a chunk run again writes each once. */
  putProblems(tenantId: string, jobId: string, problems: ImportProblem[]): Promise<void>;
  listProblems(
    tenantId: string,
    jobId: string,
    after: number,
    limit: number,
  ): Promise<ImportProblem[]>;
};

const opened = ({ type: _type, schemaVersion: _v, ...job }: StoredJob): ImportJob => {
  const domain = Object.fromEntries(
    Object.entries(job).filter(([field]) => !field.startsWith('_')),
  );
  return domain as ImportJob;
};

const stored = (job: ImportJob): StoredJob => ({
  ...job,
  type: JOB,
  schemaVersion: SCHEMA_VERSION,
});

const problemId = (jobId: string, line: number) => uuidV5(`${jobId}/problem/${line}`);

export function importStore(container: Container): ImportStore {
  const read = (resource: StoredJob | undefined): ReadImportJob => {
    if (!resource?._etag) throw new Error('Cosmos answered an import job without an _etag');
    return { job: opened(resource), etag: resource._etag };
  };
  return {
    async get(tenantId, id) {
      const doc = await readDocument<StoredJob>(container, tenantId, id);
      return doc?.type === JOB ? read(doc) : undefined;
    },

    async create(job) {
      const { resource } = await container.items.create<StoredJob>(stored(job));
      return read(resource);
    },

    async replace(job, etag) {
      try {
        const { resource } = await container
          .item(job.id, job.tenantId)
          .replace<StoredJob>(stored(job), {
            accessCondition: { type: 'IfMatch', condition: etag },
          });
        return read(resource);
      } catch (error) {
        if ((error as { code?: number }).code === 412) return 'stale';
        throw error;
      }
    },

    async listForUser(tenantId, userId, limit) {
      const { resources } = await container.items
        .query<StoredJob>(importJobsQuery(tenantId, userId), {
          partitionKey: tenantId,
          maxItemCount: limit,
        })
        .fetchNext();
      return resources.slice(0, limit).map(opened);
    },

    async running() {
      const { resources } = await container.items
        .query<StoredJob>(runningImportsQuery())
        .fetchAll();
      return resources.map(opened);
    },

    async putProblems(tenantId, jobId, problems) {
      const operations: OperationInput[] = problems.map((problem) => ({
        operationType: 'Upsert',
        partitionKey: tenantId,
        resourceBody: asJson({
          ...problem,
          id: problemId(jobId, problem.line),
          tenantId,
          jobId,
          type: PROBLEM,
          schemaVersion: SCHEMA_VERSION,
        }),
      }));
      for (let i = 0; i < operations.length; i += MAX_BATCH_OPERATIONS) {
        const response = await container.items.batch(
          operations.slice(i, i + MAX_BATCH_OPERATIONS),
          tenantId,
        );
        const failed = response.result?.find((answer) => answer.statusCode >= 400);
        if (failed) throw new Error(`Writing import problems failed with ${failed.statusCode}`);
      }
    },

    async listProblems(tenantId, jobId, after, limit) {
      const { resources } = await container.items
        .query<StoredProblem>(importProblemsQuery(tenantId, jobId, after), {
          partitionKey: tenantId,
          maxItemCount: limit,
        })
        .fetchNext();
      return resources.slice(0, limit).map(({ line, column, reason, code, params, fields }) => ({
        line,
        ...(column === undefined ? {} : { column }),
        reason,
        code,
        params,
        fields,
      }));
    },
  };
}
