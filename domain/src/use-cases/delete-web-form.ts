import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { managedSpace } from './space-settings-access';
import {
  formListAddress,
  publicFormAddress,
  type PublicWebForm,
  type WebFormList,
} from './web-form-documents';

/** Takes a form down: its public record first, so it stops taking submissions at once. */
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
  const deleted: PublicWebForm = {
    spaceTenantId: ctx.actor.tenantId,
    form,
    deletedAt: ctx.clock.now(),
  };
  await ctx.store.keyedDocuments.put(publicFormAddress(formId), deleted);
  await ctx.store.keyedDocuments.put(listAddress, {
    forms: list.forms.filter((f) => f.id !== formId),
  });
  return ok(undefined);
}
