import type { RecordType, TimelineEntry } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeNote, saveNote } from '../api/notes-api';
import { timelineKey } from '../api/records-api';

/** Editing and deleting one of my notes; the record's timeline is read again after each. */
export function useNoteActions(type: RecordType, recordId: string, note: TimelineEntry) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: timelineKey(type, recordId) });
  const edit = useMutation({
    mutationFn: (text: string) => saveNote(note.id, text, note.version),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () => removeNote(note.id, note.version),
    onSuccess: refresh,
  });
  return { edit, remove };
}
