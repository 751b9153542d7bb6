import type { z } from 'zod';
import type { KeyedDocument, KeyedDocumentAddress } from '../store/ports';
import type { UseCaseContext } from './context';

/** What an edit of a keyed list decides: the next items and the answer, or only an answer. */
export type KeyedListEdit<Item, Answer> = { items: Item[]; answer: Answer } | { answer: Answer };

/**
 * A short list kept in one keyed document (`{ items }`): a point read to show it, a replace
 * guarded by its `_etag` to change it. A document that does not parse reads as no items.
 */
export function keyedList<Item>(
  schema: z.ZodType<{ items: Item[] }>,
  addressOf: (ctx: UseCaseContext) => KeyedDocumentAddress,
) {
  const itemsIn = (stored: KeyedDocument | undefined): Item[] => {
    const parsed = stored ? schema.safeParse(stored) : undefined;
    return parsed?.success ? parsed.data.items : [];
  };
  return {
    read: async (ctx: UseCaseContext): Promise<Item[]> =>
      itemsIn(await ctx.store.keyedDocuments.get(addressOf(ctx))),
    /**
     * Writes the items `edit` makes of the current ones. Another writer in between makes
     * `edit` run again on their items, so both changes land.
     */
    change: <Answer>(
      ctx: UseCaseContext,
      edit: (items: Item[]) => KeyedListEdit<Item, Answer>,
    ): Promise<Answer> =>
      ctx.store.keyedDocuments.change(addressOf(ctx), (stored) => {
        const decided = edit(itemsIn(stored));
        return 'items' in decided
          ? { next: { items: decided.items }, answer: decided.answer }
          : { answer: decided.answer };
      }),
  };
}
