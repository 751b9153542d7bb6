import {
  appendImportPart,
  createImport,
  getImport,
  listImportProblems,
  listImports,
  previewImport,
  setImportMapping,
  startImport,
} from '@channel-crm/domain/contracts';
import type { ColumnMapping, ImportProblem, ImportRecordType } from '@channel-crm/domain';
import { call } from '../../../shell/api-client';

export const importsKey = ['imports'] as const;
export const importKey = (id: string) => ['imports', id] as const;
export const previewKey = (id: string) => ['imports', id, 'preview'] as const;

/** Bytes per uploaded part: base64 of it stays well inside the API's 1 MB body. */
const PART_BYTES = 512 * 1024;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Announces the file, then sends it part by part (never whole in memory); `onProgress` 0–1. */
export async function uploadImport(
  file: File,
  spaceId: string,
  recordType: ImportRecordType,
  onProgress: (share: number) => void,
) {
  let job = await call(createImport, {
    body: { spaceId, recordType, fileName: file.name, size: file.size },
    idempotencyKey: crypto.randomUUID(),
  });
  for (let offset = 0; offset < file.size; offset += PART_BYTES) {
    const part = new Uint8Array(await file.slice(offset, offset + PART_BYTES).arrayBuffer());
    job = await call(appendImportPart, {
      params: { id: job.id },
      body: { offset, data: base64(part) },
    });
    onProgress(Math.min(1, (offset + part.length) / file.size));
  }
  return job;
}

export const fetchImport = (id: string, signal?: AbortSignal) =>
  call(getImport, { params: { id }, signal });

export const fetchImports = (signal?: AbortSignal) => call(listImports, { signal });

export const fetchPreview = (id: string, signal?: AbortSignal) =>
  call(previewImport, { params: { id }, signal });

export const saveMapping = (id: string, mapping: ColumnMapping, saveAsDefault: boolean) =>
  call(setImportMapping, { params: { id }, body: { mapping, saveAsDefault } });

export const runImport = (id: string) => call(startImport, { params: { id } });

/** Every row the import left out, page after page. */
export async function fetchAllProblems(id: string): Promise<ImportProblem[]> {
  const all: ImportProblem[] = [];
  let after = 0;
  for (;;) {
    const page = await call(listImportProblems, { params: { id }, query: { after, limit: 200 } });
    all.push(...page.items);
    if (page.next === undefined) return all;
    after = page.next;
  }
}
