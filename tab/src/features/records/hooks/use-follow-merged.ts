import { useEffect } from 'react';
import { navigate } from '../../../shell/router';

/**
 * A merged record's old id answers the record it was merged into: the address follows it, so
 * an old link or card opens the survivor under its own id.
 */
export function useFollowMerged(
  route: '/leads' | '/contacts' | '/accounts',
  id: string,
  record: { id: string } | undefined,
): void {
  const survivorId = record && record.id !== id ? record.id : undefined;
  useEffect(() => {
    if (survivorId) navigate(`${route}/${survivorId}`);
  }, [route, survivorId]);
}
