import type { DealListItem, Opportunity, Stage } from '@channel-crm/domain';
import type { Board, BoardColumn, StageFigures } from '@channel-crm/domain';

function shift(
  figures: StageFigures | undefined,
  deal: Opportunity,
  sign: 1 | -1,
  probability: number,
): StageFigures | undefined {
  if (!figures) return undefined;
  if (!deal.amount) return { ...figures, count: figures.count + sign };
  const { amount, currency } = deal.amount;
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
export function moveOnBoard(board: Board, deal: DealListItem, to: Stage): Board {
  const moved: DealListItem = {
    ...deal,
    stageId: to.id,
    probability: to.probability,
    status: to.kind,
    locked: to.kind === 'won' ? true : deal.locked,
  };
  const columns = board.columns.map((column): BoardColumn => {
    const id = column.stage.id;
    if (id === deal.stageId && id !== to.id)
      return withFigures(
        { ...column, deals: column.deals.filter((d) => d.id !== deal.id) },
        shift(column.figures, deal, -1, deal.probability),
      );
    if (id === to.id && deal.stageId !== to.id)
      return withFigures(
        { ...column, deals: [moved, ...column.deals] },
        shift(column.figures, moved, 1, to.probability),
      );
    return column;
  });
  return { ...board, columns };
}

/** Puts the server's copy of a deal (new version) where the card is, keeping its account name. */
export function replaceOnBoard(board: Board, deal: Opportunity): Board {
  return {
    ...board,
    columns: board.columns.map((c) => ({
      ...c,
      deals: c.deals.map((d) => (d.id === deal.id ? { ...deal, accountName: d.accountName } : d)),
    })),
  };
}

/** Appends the next page of a column's deals. */
export function appendToColumn(
  board: Board,
  stageId: string,
  deals: DealListItem[],
  continuation?: string,
): Board {
  return {
    ...board,
    columns: board.columns.map((c) => {
      if (c.stage.id !== stageId) return c;
      const known = new Set(c.deals.map((d) => d.id));
      const { continuation: _old, ...rest } = c;
      return {
        ...rest,
        deals: [...c.deals, ...deals.filter((d) => !known.has(d.id))],
        ...(continuation ? { continuation } : {}),
      };
    }),
  };
}
