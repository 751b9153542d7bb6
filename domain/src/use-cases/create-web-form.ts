import { CreateWebFormInput, type WebForm } from '../model/web-form';
import { ok, ruleBroken, type Result } from '../result';
import type { UseCaseContext } from './context';
import { managedSpace } from './space-settings-access';
import {
  formListAddress,
  MAX_FORMS_PER_SPACE,
  publicFormAddress,
  type PublicWebForm,
  type WebFormList,
} from './web-form-documents';

export { CreateWebFormInput };

/** A web form for a space's website: the fields it asks, where it may be embedded, its thanks. */
export async function createWebForm(
  ctx: UseCaseContext,
  spaceId: string,
  input: CreateWebFormInput,
): Promise<Result<WebForm>> {
  const space = await managedSpace(ctx, spaceId);
  if (!space.ok) return space;
  const listAddress = formListAddress(ctx.actor.tenantId, spaceId);
  const list = ((await ctx.store.keyedDocuments.get(listAddress)) as WebFormList | undefined) ?? {
    forms: [],
  };
  if (list.forms.length >= MAX_FORMS_PER_SPACE)
    return ruleBroken('too_many_web_forms', 'A space holds at most 20 web forms', {
      max: MAX_FORMS_PER_SPACE,
    });
  const form: WebForm = {
    ...input,
    id: ctx.ids.uuid(),
    spaceId,
    createdAt: ctx.clock.now(),
    createdBy: ctx.actor.userId,
  };
  await ctx.store.keyedDocuments.put(listAddress, { forms: [...list.forms, form] });
  const published: PublicWebForm = { spaceTenantId: ctx.actor.tenantId, form };
  await ctx.store.keyedDocuments.put(publicFormAddress(form.id), published);
  return ok(form);
}
