import type { Lead } from '../model/lead';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { visibleLead } from './lead-access';

/** One lead, if the actor may see it (a hidden lead answers not found). */
export const getLead = (ctx: UseCaseContext, id: string): Promise<Result<Lead>> =>
  visibleLead(ctx, id);
