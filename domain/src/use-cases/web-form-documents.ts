import type { WebForm } from '../model/web-form';
import type { KeyedDocumentAddress } from '../store/ports';
import { PUBLIC_INDEX } from './api-key-documents';

/** A form as the public endpoints find it by id alone (filed in the public index, like keys). */
export type PublicWebForm = {
  spaceTenantId: string;
  form: WebForm;
  /** Set by deletions before they deleted the record (older data). */
  deletedAt?: string;
};

export type WebFormList = { forms: WebForm[] };

/** The most forms a space holds. */
export const MAX_FORMS_PER_SPACE = 20;

export const publicFormAddress = (formId: string): KeyedDocumentAddress => ({
  kind: 'web-form',
  tenantId: PUBLIC_INDEX,
  ownerId: '',
  key: formId,
});

export const formListAddress = (tenantId: string, spaceId: string): KeyedDocumentAddress => ({
  kind: 'web-form-list',
  tenantId,
  ownerId: spaceId,
  key: 'forms',
});
