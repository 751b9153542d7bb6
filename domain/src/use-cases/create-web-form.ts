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
  const form: WebForm = {
    ...input,
    id: ctx.ids.uuid(),
    spaceId,
    createdAt: ctx.clock.now(),
    createdBy: ctx.actor.userId,
  };
  // Another admin's form listed meanwhile makes the edit run again on their list: both stay.
  const listed = await ctx.store.keyedDocuments.change<Result<void>>(
    formListAddress(ctx.actor.tenantId, spaceId),
    (stored) => {
      const { forms } = (stored as WebFormList | undefined) ?? { forms: [] };
      if (forms.length >= MAX_FORMS_PER_SPACE)
        return {
          answer: ruleBroken('too_many_web_forms', 'A space holds at most 20 web forms', {
            max: MAX_FORMS_PER_SPACE,
          }),
        };
      return { next: { forms: [...forms, form] }, answer: ok(undefined) };
    },
  );
  if (!listed.ok) return listed;
  const published: PublicWebForm = { spaceTenantId: ctx.actor.tenantId, form };
  await ctx.store.keyedDocuments.put(publicFormAddress(form.id), published);
  return ok(form);
}
