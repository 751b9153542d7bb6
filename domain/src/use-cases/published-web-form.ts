import type { Actor } from '../actor';
import type { WebForm } from '../model/web-form';
import type { CrmStore } from '../store/ports';
import { publicFormAddress, type PublicWebForm } from './web-form-documents';

export type PublishedWebForm = {
  form: WebForm;
  /**
   * Acts for the form's creator with an admin's reach, confined to the form's space: a
   * submission only creates a lead there.
   */
  actor: Actor;
};

/** A form the public endpoints may serve (one point read); deleted and unknown ones are not. */
export async function publishedWebForm(
  store: CrmStore,
  formId: string,
): Promise<PublishedWebForm | undefined> {
  const stored = (await store.keyedDocuments.get(publicFormAddress(formId))) as
    PublicWebForm | undefined;
  if (!stored || stored.deletedAt !== undefined) return undefined;
  const { form } = stored;
  return {
    form,
    actor: {
      tenantId: stored.spaceTenantId,
      userId: form.createdBy,
      name: form.name,
      role: 'admin',
      spaceIds: [form.spaceId],
      subordinateIds: [],
    },
  };
}
