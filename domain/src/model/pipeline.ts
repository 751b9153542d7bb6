import { z } from 'zod';
import { DocumentMeta, Id, ShortText } from './common';
import { PostSaleTemplates } from './task-template';

export const StageKind = z.enum(['open', 'won', 'lost']);
export type StageKind = z.infer<typeof StageKind>;

export const Stage = z.object({
  id: Id,
  name: ShortText,
  /** Win probability in percent, for weighted sums. */
  probability: z.number().int().min(0).max(100),
  kind: StageKind,
});
export type Stage = z.infer<typeof Stage>;

/** Ordered stages: the array order is the board's column order. */
export const Pipeline = DocumentMeta.extend({
  type: z.literal('pipeline'),
  id: Id,
  spaceId: Id,
  name: ShortText,
  stages: z.array(Stage).min(3).max(30),
  isDefault: z.boolean().default(false),
  /** Task templates applied to a deal's owner when the deal is won or lost. */
  postSale: PostSaleTemplates.optional(),
});
export type Pipeline = z.infer<typeof Pipeline>;

export const StageInput = Stage.extend({ id: Id.optional() });
export const PipelineInput = z.object({
  name: ShortText,
  stages: z.array(StageInput).min(3).max(30),
  isDefault: z.boolean().optional(),
  postSale: PostSaleTemplates.optional(),
});
export type PipelineInput = z.infer<typeof PipelineInput>;
