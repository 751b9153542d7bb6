import type { PipelineInput } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createPipeline } from '../api/settings-api';

/**
 * Creates a pipeline in a space. One idempotency key per attempt, so a retry after a lost answer
 * creates nothing twice; `fresh` starts the next attempt.
 */
export function useCreatePipeline(spaceId: string) {
  const queryClient = useQueryClient();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const create = useMutation({
    mutationFn: (input: PipelineInput) => createPipeline(spaceId, input, key),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['pipelines'] }),
  });
  const fresh = () => {
    create.reset();
    setKey(crypto.randomUUID());
  };
  return { create, fresh };
}
