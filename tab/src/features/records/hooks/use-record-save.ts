import type { RecordType } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../shell/api-error';
import { recordKey } from '../api/records-api';

type Versioned = { id: string; version: number };

export type Changes = Record<string, unknown>;

/** A 412: what the other person changed (on the fields this user edited too, or any). */
export type Conflict<T> = {
  latest: T;
  mine: Changes;
  diffs: { field: string; base: unknown; theirs: unknown; yours: unknown }[];
};

function diff<T extends Versioned>(base: T, latest: T, mine: Changes): Conflict<T>['diffs'] {
  const b = base as unknown as Record<string, unknown>;
  const l = latest as unknown as Record<string, unknown>;
  const ignored = new Set(['version', 'updatedAt', 'updatedBy', 'searchText', '_etag', 'outbox']);
  const fields = new Set([...Object.keys(b), ...Object.keys(l)]);
  return [...fields]
    .filter((f) => !ignored.has(f) && JSON.stringify(b[f]) !== JSON.stringify(l[f]))
    .map((field) => ({
      field,
      base: b[field],
      theirs: l[field],
      yours: field in mine ? mine[field] : b[field],
    }));
}

/**
 * Saves a record's edited fields with If-Match. On 412 it loads the current record and keeps
 * the user's edit so they can see the other person's change and reapply theirs on top.
 */
export function useRecordSave<T extends Versioned>(
  type: RecordType,
  id: string,
  save: (changes: Changes, version: number) => Promise<T>,
  load: () => Promise<T>,
) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict<T> | undefined>();

  const mutation = useMutation({
    mutationFn: async ({ changes, base }: { changes: Changes; base: T }) => {
      try {
        return await save(changes, base.version);
      } catch (error) {
        if (isApiError(error) && error.kind === 'stale') {
          const latest = await load();
          setConflict({ latest, mine: changes, diffs: diff(base, latest, changes) });
        }
        throw error;
      }
    },
    onSuccess: (saved) => {
      setConflict(undefined);
      queryClient.setQueryData(recordKey(type, id), saved);
      void queryClient.invalidateQueries({ queryKey: [type, id, 'timeline'] });
    },
  });

  return {
    save: (changes: Changes, base: T) => mutation.mutate({ changes, base }),
    saving: mutation.isPending,
    error: conflict ? undefined : mutation.error,
    conflict,
    reapply: () => conflict && mutation.mutate({ changes: conflict.mine, base: conflict.latest }),
    keepTheirs: () => {
      if (conflict) queryClient.setQueryData(recordKey(type, id), conflict.latest);
      setConflict(undefined);
      mutation.reset();
    },
  };
}

export type RecordSaver<T extends Versioned> = ReturnType<typeof useRecordSave<T>>;
