import { parseMoney, moneyToDecimal } from '@prospek/shared';
import type { CollectionColumn } from '@prospek/shared';
import { request } from '../../api/client';
import type { CollectionCaseFieldsFragment } from '../../api/generated/graphql';
import { useBoard } from '../../boards/useBoard';
import type { BoardSource } from '../../boards/useBoard';
import { CollectionBoardQuery, CollectionColumnQuery, MoveCollectionCaseMutation } from './collection.operations';

export type CollectionCard = CollectionCaseFieldsFragment;
/** A column's arrears total, as the API writes money. */
export interface CollectionColumnMeta {
  total: string;
}

/** The collection board on the shared engine: cases by column, with each column's arrears. */
export function useCollectionBoard() {
  const source: BoardSource<CollectionColumn, CollectionCard, CollectionColumnMeta, undefined> = {
    board: 'collection',
    stageOf: (card) => card.status,
    withPlace: (card, status, position) => ({ ...card, status, position }),
    matches: () => true,
    adjustMeta: (meta, card, sign) => ({ total: moneyToDecimal(parseMoney(meta.total) + BigInt(sign) * parseMoney(card.arrears)) }),
    async load() {
      const data = await request(CollectionBoardQuery, { perColumn: 50 });
      return data.collectionBoard.columns.map((c) => ({
        stage: c.status,
        cards: c.cards,
        count: c.count,
        hasMore: c.hasMore,
        endCursor: c.endCursor,
        meta: { total: c.total },
      }));
    },
    async loadMore(status, after) {
      return (await request(CollectionColumnQuery, { status, after, first: 50 })).collectionColumn;
    },
    async loadTotals() {
      const data = await request(CollectionBoardQuery, { perColumn: 1 });
      return data.collectionBoard.columns.map((c) => ({ stage: c.status, count: c.count, meta: { total: c.total } }));
    },
    async move(card, status, afterId, beforeId, mutationId) {
      const { moveCollectionCase } = await request(
        MoveCollectionCaseMutation,
        { input: { id: card.id, status, afterId, beforeId, expectedVersion: card.version } },
        { mutationId },
      );
      return moveCollectionCase;
    },
  };
  return useBoard(source);
}
