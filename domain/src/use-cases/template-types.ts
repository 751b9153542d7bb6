import type { TaskTemplateStep } from '../model/task-template';
import { ruleBroken } from '../result';
import type { UseCaseContext } from './context';
import { readTaskSettings } from './task-settings-document';

/** A template's step must name an active task type of the tenant (422 otherwise). */
export async function refuseUnknownTypes(ctx: UseCaseContext, steps: TaskTemplateStep[]) {
  const settings = await readTaskSettings(ctx);
  const active = new Set(settings.types.filter((type) => type.active).map((type) => type.id));
  const unknown = steps.find((step) => !active.has(step.typeId));
  return unknown
    ? ruleBroken('task_type_unavailable', `Task type ${unknown.typeId} is unknown or inactive`, {
        type: unknown.typeId,
      })
    : undefined;
}
