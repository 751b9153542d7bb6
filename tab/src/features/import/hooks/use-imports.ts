import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping, ImportJob, ImportRecordType } from '@channel-crm/domain';
import {
  fetchImport,
  fetchImports,
  fetchPreview,
  importKey,
  importsKey,
  previewKey,
  runImport,
  saveMapping,
  uploadImport,
} from '../api/import-api';

/** How often a running import's progress is read again. */
const POLL_MS = 1_000;

const running = (job: ImportJob | undefined) => job?.status === 'running';

export const useImport = (id: string | undefined) =>
  useQuery({
    queryKey: importKey(id ?? ''),
    queryFn: ({ signal }) => fetchImport(id!, signal),
    enabled: id !== undefined,
    refetchInterval: (query) => (running(query.state.data) ? POLL_MS : false),
  });

export const useImports = () =>
  useQuery({
    queryKey: importsKey,
    queryFn: ({ signal }) => fetchImports(signal),
    refetchInterval: (query) => (query.state.data?.items.some(running) ? POLL_MS : false),
  });

export const usePreview = (job: ImportJob | undefined) =>
  useQuery({
    queryKey: [...previewKey(job?.id ?? ''), job?.mapping],
    queryFn: ({ signal }) => fetchPreview(job!.id, signal),
    enabled: job?.status === 'ready',
  });

export function useUpload(onProgress: (share: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; spaceId: string; recordType: ImportRecordType }) =>
      uploadImport(input.file, input.spaceId, input.recordType, onProgress),
    onSuccess: (job) => {
      queryClient.setQueryData(importKey(job.id), job);
      void queryClient.invalidateQueries({ queryKey: importsKey, exact: true });
    },
  });
}

export function useSaveMapping(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { mapping: ColumnMapping; saveAsDefault: boolean }) =>
      saveMapping(id, input.mapping, input.saveAsDefault),
    onSuccess: (job) => queryClient.setQueryData(importKey(id), job),
  });
}

export function useStartImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => runImport(id),
    onSuccess: (job) => {
      queryClient.setQueryData(importKey(id), job);
      void queryClient.invalidateQueries({ queryKey: importsKey, exact: true });
    },
  });
}
