import { createHash } from 'node:crypto';
import type { KeyedDocumentAddress } from './ports';

/** A keyed document's id: keys may hold any character, an id must not contain / \ ? #. */
export const keyedDocumentId = ({ kind, ownerId, key }: KeyedDocumentAddress) =>
  `${kind}-${createHash('sha256').update(`${ownerId}\n${key}`).digest('hex')}`;
