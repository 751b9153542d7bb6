import { CloseOpportunityInput, type Opportunity } from '../model/opportunity';
import type { Pipeline } from '../model/pipeline';
import { diffFields } from '../rules/changes';
import { applyClose } from '../rules/closing';
import { MAX_POST_SALE_TASKS, postSaleRunKey, postSaleTemplateIds } from '../rules/task-templates';
import { ruleBroken, type Result } from '../result';
import type { PlannedTasks } from '../store/planned-tasks';
import { activityRecordOf } from './activity-access';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunityInPipeline } from './opportunity-access';
import { readTaskSettings } from './task-settings-document';
import { readTaskTemplates } from './task-templates-document';
import { templateTasks } from './template-tasks';

/**
 * Marks a deal won (which locks it) or lost, with the reason, and creates in the same batch
 * the tasks of the pipeline's post-sale templates for that outcome, assigned to the deal's
 * owner. Their run keys hold no date, so re-closing after an unlock applies none twice.
 */
export async function closeOpportunity(
  ctx: UseCaseContext,
  id: string,
  input: CloseOpportunityInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> {
  const found = await editableOpportunityInPipeline(ctx, id);
  if (!found.ok) return found;
  const { opportunity, pipeline } = found.value;
  const closed = applyClose(opportunity, pipeline, input, ctx.clock.now());
  if (!closed.ok) return closed;
  const changes = diffFields(opportunity, closed.value, [
    'status',
    'stageId',
    'probability',
    'closeReason',
    'locked',
  ]);
  const plannedTasks = await postSaleTasks(ctx, closed.value, pipeline, input.outcome);
  // Templates edited after the pipeline named them may have grown past what one batch holds.
  if (plannedTasks && plannedTasks.items.length > MAX_POST_SALE_TASKS)
    return ruleBroken(
      'too_many_post_sale_tasks',
      `The post-sale templates plan ${plannedTasks.items.length} tasks; at most ${MAX_POST_SALE_TASKS}`,
      { max: MAX_POST_SALE_TASKS },
    );
  return commitRecord(
    ctx,
    closed.value,
    expectedVersion,
    [
      {
        type: input.outcome === 'won' ? 'opportunity.won' : 'opportunity.lost',
        changes,
        data: { reason: closed.value.closeReason, stageId: closed.value.stageId },
      },
    ],
    plannedTasks ? { plannedTasks } : {},
  );
}

/**
 * The post-sale tasks of closing this way: none without such templates or an owner (the
 * three reads are spent only when the pipeline names templates). A deleted template is skipped.
 */
async function postSaleTasks(
  ctx: UseCaseContext,
  opportunity: Opportunity,
  pipeline: Pipeline,
  outcome: CloseOpportunityInput['outcome'],
): Promise<PlannedTasks | undefined> {
  const templateIds = postSaleTemplateIds(pipeline.postSale, outcome);
  if (templateIds.length === 0 || !opportunity.ownerId) return undefined;
  const [templates, settings, owner] = await Promise.all([
    readTaskTemplates(ctx),
    readTaskSettings(ctx),
    ctx.store.users.get(ctx.actor.tenantId, opportunity.ownerId),
  ]);
  if (!owner) return undefined;
  const runs = templateIds.flatMap((templateId) => {
    const template = templates.find((t) => t.id === templateId);
    return template
      ? [{ template, runKey: postSaleRunKey(opportunity.id, outcome, templateId) }]
      : [];
  });
  return templateTasks(ctx, runs, {
    record: activityRecordOf(opportunity),
    assignee: owner,
    anchor: ctx.clock.now(),
    settings,
  });
}
