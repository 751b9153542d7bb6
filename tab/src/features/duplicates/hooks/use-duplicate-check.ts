import type { DuplicateCheckInput } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { checkDuplicates, duplicateCheckKey } from '../api/duplicates-api';

/** Typing pauses this long before the draft is checked. */
const SETTLE_MS = 400;

/** Whether a draft has anything a duplicate key is made of. */
const isKeyed = (draft: DuplicateCheckInput) =>
  Boolean(draft.email || draft.phone || (draft.type === 'account' ? draft.website : draft.company));

/**
 * The records the draft of a create dialog looks like, checked once typing settles: those the
 * user may see, and how many others there are.
 */
export function useDuplicateCheck(draft: DuplicateCheckInput | undefined) {
  // Compared by content: the dialog builds a fresh draft object on every render.
  const typed = JSON.stringify(draft ?? null);
  const [settledText, setSettledText] = useState(typed);
  useEffect(() => {
    const timer = setTimeout(() => setSettledText(typed), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const settled = JSON.parse(settledText) as DuplicateCheckInput | null;
  const enabled = settled !== null && isKeyed(settled);
  const query = useQuery({
    queryKey: duplicateCheckKey(settled),
    queryFn: ({ signal }) => checkDuplicates(settled!, signal),
    enabled,
    staleTime: 30_000,
  });
  return enabled ? query.data : undefined;
}
