import { watch } from 'vue';
import type { Ref } from 'vue';
import { matchesLeadFilter, parseMoney, weightedAmount } from '@prospek/shared';
import type { LeadFilter, LeadStage } from '@prospek/shared';
import { request } from '../../api/client';
import type { LeadCardFieldsFragment } from '../../api/generated/graphql';
import { useBoard } from '../../boards/useBoard';
import type { BoardSource } from '../../boards/useBoard';
import { LeadBoardQuery, LeadBoardTotalsQuery, LeadColumnQuery, MoveLeadMutation } from './lead.operations';

export type LeadCard = LeadCardFieldsFragment;

export interface LeadColumnMeta {
  totalAmount: bigint;
  weightedAmount: bigint;
  probability: number;
}

const PER_COLUMN = 50;

function filterInput(filter: LeadFilter) {
  return {
    ownerId: filter.ownerId ?? null,
    segment: filter.segment ?? null,
    source: filter.source ?? null,
    search: filter.search ?? null,
  };
}

/** The pipeline board: the generic live board engine with the lead API and rules plugged in. */
export function useLeadBoard(filter: Ref<LeadFilter>) {
  const source: BoardSource<LeadStage, LeadCard, LeadColumnMeta, { lostReason: string }> = {
    board: 'leads',
    stageOf: (card) => card.stage,
    withPlace: (card, stage, position) => ({ ...card, stage, position }),
    matches: (card) => matchesLeadFilter(card, filter.value),
    adjustMeta(meta, card, sign, stage) {
      const totalAmount = meta.totalAmount + BigInt(sign) * parseMoney(card.estimatedAmount);
      return { ...meta, totalAmount, weightedAmount: weightedAmount(stage, totalAmount) };
    },
    async load() {
      const data = await request(LeadBoardQuery, { filter: filterInput(filter.value), perColumn: PER_COLUMN });
      return data.leadBoard.columns.map((c) => ({
        stage: c.stage,
        cards: c.cards,
        count: c.count,
        hasMore: c.hasMore,
        endCursor: c.endCursor,
        meta: { totalAmount: parseMoney(c.totalAmount), weightedAmount: parseMoney(c.weightedAmount), probability: c.probability },
      }));
    },
    async loadMore(stage, after) {
      const data = await request(LeadColumnQuery, { stage, filter: filterInput(filter.value), after, first: PER_COLUMN });
      return data.leadColumn;
    },
    async loadTotals() {
      const data = await request(LeadBoardTotalsQuery, { filter: filterInput(filter.value) });
      return data.leadBoard.columns.map((c) => ({
        stage: c.stage,
        count: c.count,
        meta: { totalAmount: parseMoney(c.totalAmount), weightedAmount: parseMoney(c.weightedAmount), probability: c.probability },
      }));
    },
    async move(card, stage, afterId, beforeId, mutationId, extra) {
      const data = await request(
        MoveLeadMutation,
        { input: { id: card.id, stage, afterId, beforeId, expectedVersion: card.version, lostReason: extra?.lostReason ?? null } },
        { mutationId },
      );
      return data.moveLead;
    },
  };
  const board = useBoard(source);
  watch(filter, () => void board.load(), { deep: true });
  return board;
}
