import type { MeetingTag } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { timelineKey } from '../../records/api/records-api';
import { addMeetingNote } from '../api/meetings-api';

/**
 * Writing a note on a deal from the meeting. One idempotency key per note, so a retried or
 * double-pressed save writes it once; the next note gets a new one.
 */
export function useMeetingNote(opportunityId: string, meeting: MeetingTag) {
  const queryClient = useQueryClient();
  const [key, setKey] = useState(() => crypto.randomUUID());
  return useMutation({
    mutationFn: (text: string) => addMeetingNote(opportunityId, text, meeting, key),
    onSuccess: () => {
      setKey(crypto.randomUUID());
      void queryClient.invalidateQueries({ queryKey: timelineKey('opportunity', opportunityId) });
    },
  });
}
