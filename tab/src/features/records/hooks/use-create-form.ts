import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { useZodForm } from '../../../shell/forms/use-zod-form';

/**
 * A create form: validated by the domain's create schema, sent with one Idempotency-Key per
 * record being created (a retried submit creates nothing twice), the API's field errors shown inline, and
 * the inputs cleared once the record exists.
 */
export function useCreateForm<S extends z.ZodType, T>({
  schema,
  initial,
  toInput,
  create,
  onCreated,
}: {
  schema: S;
  initial: Record<string, string>;
  toInput: (values: Record<string, string>) => unknown;
  create: (input: z.output<S>, idempotencyKey: string) => Promise<T>;
  onCreated: (record: T) => void;
}) {
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const form = useZodForm(schema, initial, toInput);
  const mutation = useMutation({
    mutationFn: (input: z.output<S>) => create(input, idempotencyKey),
    onSuccess: (record) => {
      form.reset();
      // The next record from this dialog is another request: a key of its own.
      setIdempotencyKey(crypto.randomUUID());
      onCreated(record);
    },
    onError: (error) => form.showServerErrors(error),
  });
  const submit = () => {
    const input = form.validate();
    if (input) mutation.mutate(input);
  };
  return { form, mutation, submit };
}
