import type { OpportunityListItem, Opportunity, Stage } from '@channel-crm/domain';
import type { Board, BoardColumn, StageFigures } from '@channel-crm/domain';

// Every change here rebuilds only the columns it touches: the others keep their identity, so
// their (memoised) views do not render again.

function shift(
  figures: StageFigures | undefined,
  opportunity: Opportunity,
  sign: 1 | -1,
): StageFigures | undefined {
  if (!figures) return undefined;
  if (!opportunity.amount) return { ...figures, count: figures.count + sign };
  const { amount, currency } = opportunity.amount;
  return {
    count: figures.count + sign,
    amounts: add(figures.amounts, currency, sign * amount),
    weightedAmounts: add(
      figures.weightedAmounts,
      currency,
      sign * Math.round((amount * opportunity.probability) / 100),
    ),
  };
}

/** A currency whose sum comes to nothing leaves the figures, as the summaries have it. */
function add(sums: Record<string, number>, currency: string, amount: number) {
  const { [currency]: current = 0, ...others } = sums;
  const total = current + amount;
  return total === 0 ? others : { ...sums, [currency]: total };
}

const withFigures = (column: BoardColumn, figures: StageFigures | undefined): BoardColumn =>
  figures ? { ...column, figures } : column;

const withoutCard = (column: BoardColumn, card: OpportunityListItem): BoardColumn =>
  withFigures(
    { ...column, opportunities: column.opportunities.filter((d) => d.id !== card.id) },
    shift(column.figures, card, -1),
  );

function withCard(column: BoardColumn, card: OpportunityListItem, index: number): BoardColumn {
  const opportunities = [...column.opportunities];
  opportunities.splice(Math.min(index, opportunities.length), 0, card);
  return withFigures({ ...column, opportunities }, shift(column.figures, card, 1));
}

/** The column and position of a card on the board, if it is loaded. */
export function findCard(
  board: Board,
  opportunityId: string,
): { card: OpportunityListItem; stageId: string; index: number } | undefined {
  for (const column of board.columns) {
    const index = column.opportunities.findIndex((d) => d.id === opportunityId);
    if (index >= 0) return { card: column.opportunities[index]!, stageId: column.stage.id, index };
  }
  return undefined;
}

/** Takes `card` out of its column and puts `next` into column `stageId` at `index`. */
function relocate(
  board: Board,
  card: OpportunityListItem,
  next: OpportunityListItem,
  stageId: string,
  index: number,
): Board {
  const columns = board.columns.map((column): BoardColumn => {
    const id = column.stage.id;
    const holds = column.opportunities.some((d) => d.id === card.id);
    if (!holds && id !== stageId) return column;
    const emptied = holds ? withoutCard(column, card) : column;
    return id === stageId ? withCard(emptied, next, index) : emptied;
  });
  return { ...board, columns };
}

/** The board as it will look once the server agrees: the card on top of its new column, figures moved. */
export function moveOnBoard(board: Board, opportunityId: string, to: Stage): Board {
  const found = findCard(board, opportunityId);
  if (!found || found.stageId === to.id) return board;
  const moved: OpportunityListItem = {
    ...found.card,
    stageId: to.id,
    probability: to.probability,
    status: to.kind,
    locked: to.kind === 'won' ? true : found.card.locked,
  };
  return relocate(board, found.card, moved, to.id, 0);
}

/** Puts a card back as it was before a refused move: its column, its place, its figures. */
export function undoMove(board: Board, before: OpportunityListItem, index: number): Board {
  const found = findCard(board, before.id);
  if (!found) return board;
  return relocate(board, found.card, before, before.stageId, index);
}

/**
 * Puts the server's copy of a deal (its new version) where its card is, keeping the account
 * name; when the server has it in another stage, the card and its figures go there.
 */
export function replaceOnBoard(board: Board, opportunity: Opportunity): Board {
  const found = findCard(board, opportunity.id);
  if (!found) return board;
  const next: OpportunityListItem = { ...opportunity, accountName: found.card.accountName };
  const sameStage = found.stageId === opportunity.stageId;
  return relocate(board, found.card, next, opportunity.stageId, sameStage ? found.index : 0);
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
