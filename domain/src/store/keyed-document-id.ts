import { createHash } from 'node:crypto';
import type { KeyedDocumentAddress } from './ports';

/**
 * The id `keyed-documents.ts` gives a keyed document (the same formula: keys may hold any
 * character, an id must not contain / \ ? #), for deleting one by its address. The tenant
 * deletion test puts through that store and deletes through this id, so a drift fails it.
 */
export const keyedDocumentId = ({ kind, ownerId, key }: KeyedDocumentAddress) =>
  `${kind}-${createHash('sha256').update(`${ownerId}\n${key}`).digest('hex')}`;
