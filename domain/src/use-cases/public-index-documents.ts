import type { KeyedDocumentAddress } from '../store/ports';
import { keyAddress, keyUseAddress, type ApiKeyList } from './api-key-documents';
import { publicFormAddress, type WebFormList } from './web-form-documents';

/**
 * The public-index documents a tenant document lists: a space's key list names its keys
 * (record and last use), its form list its forms. The tenant's own partition is the only way
 * to find them, since the public index holds every tenant's keys and forms.
 */
export function publicDocumentsListedIn(document: {
  type?: unknown;
  keys?: unknown;
  forms?: unknown;
}): KeyedDocumentAddress[] {
  if (document.type === 'api-key-list') {
    const { keys } = document as ApiKeyList;
    return keys.flatMap((key) => [keyAddress(key.id), keyUseAddress(key.id)]);
  }
  if (document.type === 'web-form-list') {
    const { forms } = document as WebFormList;
    return forms.map((form) => publicFormAddress(form.id));
  }
  return [];
}
