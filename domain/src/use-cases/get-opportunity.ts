import type { Opportunity } from '../model/opportunity';
import type { Result } from '../result';
import type { UseCaseContext } from './context';
import { visibleOpportunity } from './opportunity-access';

/** One deal, if the actor may see it (a hidden deal answers not found). */
export const getOpportunity = (ctx: UseCaseContext, id: string): Promise<Result<Opportunity>> =>
  visibleOpportunity(ctx, id);
