import { deleteNote, editNote } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const saveNote = (id: string, text: string, version: number) =>
  call(editNote, { params: { id }, body: { text }, version });

export const removeNote = (id: string, version: number) =>
  call(deleteNote, { params: { id }, version });
