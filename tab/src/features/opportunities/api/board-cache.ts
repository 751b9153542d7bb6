import type { OpportunityListItem, Opportunity, Stage } from '@channel-crm/domain';
import type { Board, BoardColumn, StageFigures } from '@channel-crm/domain';

function shift(
  figures: StageFigures | undefined,
  opportunity: Opportunity,
  sign: 1 | -1,
  probability: number,
): StageFigures | undefined {
  if (!figures) return undefined;
  if (!opportunity.amount) return { ...figures, count: figures.count + sign };
  const { amount, currency } = opportunity.amount;
  return {
    count: figures.count + sign,
    amounts: { ...figures.amounts, [currency]: (figures.amounts[currency] ?? 0) + sign * amount },
    weightedAmounts: {
      ...figures.weightedAmounts,
      [currency]:
        (figures.weightedAmounts[currency] ?? 0) + sign * Math.round((amount * probability) / 100),
    },
  };
}

const withFigures = (column: BoardColumn, figures: StageFigures | undefined): BoardColumn =>
  figures ? { ...column, figures } : column;

/** The board as it will look once the server agrees: the card in its new column, figures moved. */
export function moveOnBoard(board: Board, opportunity: OpportunityListItem, to: Stage): Board {
  const moved: OpportunityListItem = {
    ...opportunity,
    stageId: to.id,
    probability: to.probability,
    status: to.kind,
    locked: to.kind === 'won' ? true : opportunity.locked,
  };
  const columns = board.columns.map((column): BoardColumn => {
    const id = column.stage.id;
    if (id === opportunity.stageId && id !== to.id)
      return withFigures(
        { ...column, opportunities: column.opportunities.filter((d) => d.id !== opportunity.id) },
        shift(column.figures, opportunity, -1, opportunity.probability),
      );
    if (id === to.id && opportunity.stageId !== to.id)
      return withFigures(
        { ...column, opportunities: [moved, ...column.opportunities] },
        shift(column.figures, moved, 1, to.probability),
      );
    return column;
  });
  return { ...board, columns };
}

/** Puts the server's copy of a deal (new version) where the card is, keeping its account name. */
export function replaceOnBoard(board: Board, opportunity: Opportunity): Board {
  return {
    ...board,
    columns: board.columns.map((c) => ({
      ...c,
      opportunities: c.opportunities.map((d) =>
        d.id === opportunity.id ? { ...opportunity, accountName: d.accountName } : d,
      ),
    })),
  };
}

/** Appends the next page of a column's deals. */
export function appendToColumn(
  board: Board,
  stageId: string,
  opportunities: OpportunityListItem[],
  continuation?: string,
): Board {
  return {
    ...board,
    columns: board.columns.map((c) => {
      if (c.stage.id !== stageId) return c;
      const known = new Set(c.opportunities.map((d) => d.id));
      const { continuation: _old, ...rest } = c;
      return {
        ...rest,
        opportunities: [...c.opportunities, ...opportunities.filter((d) => !known.has(d.id))],
        ...(continuation ? { continuation } : {}),
      };
    }),
  };
}
