import type { WebForm } from '../model/web-form';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { managedSpace } from './space-settings-access';
import { formListAddress, type WebFormList } from './web-form-documents';

/** A space's web forms, for the people who manage them. */
export async function listWebForms(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<WebForm[]>> {
  const space = await managedSpace(ctx, spaceId);
  if (!space.ok) return space;
  const list = (await ctx.store.keyedDocuments.get(
    formListAddress(ctx.actor.tenantId, spaceId),
  )) as WebFormList | undefined;
  return ok(list?.forms ?? []);
}
