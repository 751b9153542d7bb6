import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { managedSpace } from './space-settings-access';
import { formListAddress, publicFormAddress, type WebFormList } from './web-form-documents';

/**
 * Takes a form down: its public record goes first, so it stops taking submissions at once, and
 * nothing of it stays in the public index, where only the list could have found it.
 */
export async function deleteWebForm(
  ctx: UseCaseContext,
  spaceId: string,
  formId: string,
): Promise<Result<void>> {
  const space = await managedSpace(ctx, spaceId);
  if (!space.ok) return space;
  const listAddress = formListAddress(ctx.actor.tenantId, spaceId);
  const list = (await ctx.store.keyedDocuments.get(listAddress)) as WebFormList | undefined;
  const form = list?.forms.find((f) => f.id === formId);
  if (!list || !form) return notFound('web_form', formId);
  await ctx.store.deleteKeyedDocuments([publicFormAddress(formId)]);
  // Guarded: a form another admin listed meanwhile stays listed.
  await ctx.store.keyedDocuments.change(listAddress, (current) => {
    const forms = (current as WebFormList | undefined)?.forms ?? [];
    return forms.some((f) => f.id === formId)
      ? { next: { forms: forms.filter((f) => f.id !== formId) }, answer: undefined }
      : { answer: undefined };
  });
  return ok(undefined);
}
