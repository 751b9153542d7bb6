import { CreateLeadInput } from '../model/lead';
import type { WebForm } from '../model/web-form';
import { invalid, ok, type Result } from '../result';
import { fieldErrorsOf } from '../field-errors';
import type { UseCaseContext } from './context';
import { createLead } from './create-lead';

/**
 * A visitor's submission of a web form: the fields the form asks (others are ignored) become a
 * lead with source `web_form`, routed by the space's assignment rules (else the free pool).
 * Bots are turned away before this, at the door.
 */
export async function submitWebForm(
  ctx: UseCaseContext,
  form: WebForm,
  values: Record<string, string>,
): Promise<Result<{ leadId: string }>> {
  const asked = Object.fromEntries(
    form.fields
      .map((field) => [field, values[field]?.trim() ?? ''] as const)
      .filter(([, value]) => value !== ''),
  );
  const parsed = CreateLeadInput.safeParse({
    ...asked,
    spaceId: form.spaceId,
    source: 'web_form',
  });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error.issues));
  const created = await createLead(ctx, parsed.data, { unassigned: true, route: true });
  return created.ok ? ok({ leadId: created.value.id }) : created;
}
