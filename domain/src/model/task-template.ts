import { z } from 'zod';
import { ActivityRecordType, ActivityView, DurationMinutes, TaskTypeId } from './activity';
import { DocumentMeta, Id, IsoDateTime, ShortText, UserId } from './common';

/** A wall-clock time in the assignee's time zone. */
export const LocalTimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM, from 00:00 to 23:59');

/** Working days (Monday to Friday) to wait, up to a year. */
export const DelayDays = z
  .number()
  .int('a whole number of working days')
  .min(0, 'zero or more working days')
  .max(365, 'at most 365 working days');

/**
 * One task of a template. Its delay counts working days from the day the template is applied
 * (not from the step before), so changing one step never moves the others. Without a time the
 * task is due all day.
 */
export const TaskTemplateStep = z.object({
  typeId: TaskTypeId,
  title: ShortText,
  delayDays: DelayDays,
  time: LocalTimeOfDay.optional(),
  durationMinutes: DurationMinutes.optional(),
});
export type TaskTemplateStep = z.infer<typeof TaskTemplateStep>;

const TemplateFields = {
  name: ShortText,
  steps: z
    .array(TaskTemplateStep)
    .min(1, 'a template has at least one task')
    .max(30, 'a template has at most 30 tasks'),
};

/** A named sequence of tasks an admin sets up, applied to a record or a space. */
export const TaskTemplate = DocumentMeta.extend({
  type: z.literal('task-template'),
  id: Id,
  ...TemplateFields,
});
export type TaskTemplate = z.infer<typeof TaskTemplate>;

export const CreateTaskTemplateInput = z.object(TemplateFields);
export type CreateTaskTemplateInput = z.infer<typeof CreateTaskTemplateInput>;

/** Renaming or replacing the steps; the steps are always sent whole. */
export const UpdateTaskTemplateInput = z
  .object(TemplateFields)
  .partial()
  .refine((input) => input.name !== undefined || input.steps !== undefined, {
    message: 'Change the name, the tasks or both',
  });
export type UpdateTaskTemplateInput = z.infer<typeof UpdateTaskTemplateInput>;

/**
 * Flags each repeat of a key at its position. `field.duplicate_id` is the activity model's
 * code for it; until that lands, the key falls back to `field.invalid`.
 */
function flagRepeats<T>(
  items: readonly T[],
  ctx: z.RefinementCtx,
  key: (item: T) => string | undefined,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const itemKey = key(item);
    if (itemKey === undefined) return;
    if (seen.has(itemKey))
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: 'Already in the list',
        params: { code: 'field.duplicate_id' },
      });
    seen.add(itemKey);
  });
}

/**
 * After a task of type `afterTypeId` is completed, propose a task of `suggestTypeId` some
 * working days later (all day without a time), titled `title` or else after its type.
 */
export const SuggestionRule = z.object({
  id: Id,
  afterTypeId: TaskTypeId,
  suggestTypeId: TaskTypeId,
  delayDays: DelayDays,
  time: LocalTimeOfDay.optional(),
  title: ShortText.optional(),
});
export type SuggestionRule = z.infer<typeof SuggestionRule>;

/** A tenant's suggestion rules in the admin's order: the first that matches wins. */
export const SuggestionRules = z
  .array(SuggestionRule)
  .max(100)
  .superRefine((rules, ctx) => flagRepeats(rules, ctx, (rule) => rule.id));
export type SuggestionRules = z.infer<typeof SuggestionRules>;

/** What the admin saves; a new rule has no id yet. */
export const SuggestionRulesInput = z.object({
  rules: z
    .array(SuggestionRule.extend({ id: Id.optional() }))
    .max(100)
    .superRefine((rules, ctx) => flagRepeats(rules, ctx, (rule) => rule.id)),
});
export type SuggestionRulesInput = z.infer<typeof SuggestionRulesInput>;

const PostSaleTemplateIds = z
  .array(Id)
  .max(10)
  .superRefine((ids, ctx) => flagRepeats(ids, ctx, (id) => id));

/**
 * The templates a pipeline applies when one of its deals is won (loyalty, cross-sell, up-sell)
 * or lost (win-back), assigned to the deal's owner.
 */
export const PostSaleTemplates = z.object({
  won: PostSaleTemplateIds.default([]),
  lost: PostSaleTemplateIds.default([]),
});
export type PostSaleTemplates = z.infer<typeof PostSaleTemplates>;

/** A tenant's templates, kept together in one keyed document: they are few. */
export const TaskTemplateList = z.object({ items: z.array(TaskTemplate).max(200) });
export type TaskTemplateList = z.infer<typeof TaskTemplateList>;

/** Applying a template to a lead, contact, account or deal; the record's owner does it unless named. */
export const ApplyTaskTemplateInput = z.object({
  recordType: ActivityRecordType,
  recordId: Id,
  assigneeId: UserId.optional(),
});
export type ApplyTaskTemplateInput = z.infer<typeof ApplyTaskTemplateInput>;

/** The tasks an application planned; `applied: false` when this run had already created them. */
export const AppliedTaskTemplate = z.object({
  runId: z.string().max(200),
  applied: z.boolean(),
  items: z.array(ActivityView),
});
export type AppliedTaskTemplate = z.infer<typeof AppliedTaskTemplate>;

/** The next task proposed on completing one (rules/task-suggestions.ts). */
export const TaskSuggestionView = z.object({
  ruleId: Id,
  typeId: TaskTypeId,
  title: ShortText,
  dueAt: IsoDateTime,
  allDay: z.boolean(),
});

/** A completed activity, with the next task the tenant's rules propose when it was just done. */
export const CompletedActivity = ActivityView.extend({ suggestion: TaskSuggestionView.optional() });
export type CompletedActivity = z.infer<typeof CompletedActivity>;
