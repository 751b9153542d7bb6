import type { Opportunity } from '../model/opportunity';

/** How one opportunity change moves one stage's figures. */
export type SummaryDelta = {
  pipelineId: string;
  stageId: string;
  count: number;
  amounts: Record<string, number>;
  weightedAmounts: Record<string, number>;
};

type StageFigures = Pick<Opportunity, 'pipelineId' | 'stageId' | 'amount' | 'probability'>;

const contribution = (opportunity: StageFigures, sign: 1 | -1): SummaryDelta => {
  const currency = opportunity.amount?.currency;
  const amount = opportunity.amount?.amount ?? 0;
  const weighted = Math.round((amount * opportunity.probability) / 100);
  return {
    pipelineId: opportunity.pipelineId,
    stageId: opportunity.stageId,
    count: sign,
    amounts: currency ? { [currency]: sign * amount } : {},
    weightedAmounts: currency ? { [currency]: sign * weighted } : {},
  };
};

const isZero = (delta: SummaryDelta) =>
  delta.count === 0 &&
  Object.values(delta.amounts).every((v) => v === 0) &&
  Object.values(delta.weightedAmounts).every((v) => v === 0);

const addInto = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [currency, value] of Object.entries(from)) {
    into[currency] = (into[currency] ?? 0) + value;
  }
};

export const summaryKey = (d: Pick<SummaryDelta, 'pipelineId' | 'stageId'>) =>
  `${d.pipelineId}/${d.stageId}`;

/** Sums deltas per stage and drops those that change nothing. */
export function combineDeltas(deltas: SummaryDelta[]): SummaryDelta[] {
  const byStage = new Map<string, SummaryDelta>();
  for (const delta of deltas) {
    const key = summaryKey(delta);
    const sum = byStage.get(key) ?? { ...delta, count: 0, amounts: {}, weightedAmounts: {} };
    sum.count += delta.count;
    addInto(sum.amounts, delta.amounts);
    addInto(sum.weightedAmounts, delta.weightedAmounts);
    byStage.set(key, sum);
  }
  return [...byStage.values()].filter((d) => !isZero(d));
}

/** The figures an opportunity change moves: out of its old stage, into its new one. */
export function opportunityDeltas(
  before: StageFigures | undefined,
  after: StageFigures | undefined,
): SummaryDelta[] {
  return combineDeltas([
    ...(before ? [contribution(before, -1)] : []),
    ...(after ? [contribution(after, 1)] : []),
  ]);
}
