import { describe, expect, it } from 'vitest';
import { applyEvent, moveLocally, settleMove } from '../../client/src/boards/board-state.js';
import type { BoardRules, ColumnState } from '../../client/src/boards/board-state.js';

interface Card {
  id: string;
  position: string;
  version: number;
  stage: 'A' | 'B';
  amount: number;
  hidden?: boolean;
}
type Stage = 'A' | 'B';

const rules: BoardRules<Stage, Card, number> = {
  stageOf: (card) => card.stage,
  withPlace: (card, stage, position) => ({ ...card, stage, position }),
  matches: (card) => !card.hidden,
  adjustMeta: (meta, card, sign) => meta + sign * card.amount,
};

function board(a: Card[], b: Card[], options: { bMore?: boolean } = {}): Array<ColumnState<Stage, Card, number>> {
  const col = (stage: Stage, cards: Card[], hasMore = false) => ({
    stage,
    cards,
    count: cards.length + (hasMore ? 10 : 0),
    meta: cards.reduce((s, c) => s + c.amount, 0),
    hasMore,
    endCursor: null,
    loadingMore: false,
  });
  return [col('A', a), col('B', b, options.bMore)];
}

const card = (id: string, stage: Stage, position: string, amount = 10, version = 1): Card => ({ id, stage, position, amount, version });
const ids = (cards: Card[]) => cards.map((c) => c.id);

describe('board engine state', () => {
  it('moves a card at once and computes its neighbours', () => {
    const cols = board([card('1', 'A', 'a0'), card('2', 'A', 'a1')], [card('3', 'B', 'a0'), card('4', 'B', 'a1')]);
    const move = moveLocally(cols, rules, '1', 'B', 1);
    expect(move).toMatchObject({ afterId: '3', beforeId: '4' });
    expect(ids(cols[0].cards)).toEqual(['2']);
    expect(ids(cols[1].cards)).toEqual(['3', '1', '4']);
    expect(cols[1].cards[1].position > 'a0' && cols[1].cards[1].position < 'a1').toBe(true);
    expect([cols[0].count, cols[0].meta, cols[1].count, cols[1].meta]).toEqual([1, 10, 3, 30]);
  });

  it('undoes a refused move by putting the original card back in its place', () => {
    const cols = board([card('1', 'A', 'a0'), card('2', 'A', 'a1')], [card('3', 'B', 'a0')]);
    const move = moveLocally(cols, rules, '1', 'B', 0)!;
    settleMove(cols, rules, move.before);
    expect(ids(cols[0].cards)).toEqual(['1', '2']);
    expect(ids(cols[1].cards)).toEqual(['3']);
    expect([cols[0].count, cols[0].meta, cols[1].count, cols[1].meta]).toEqual([2, 20, 1, 10]);
  });

  it('moves within a column downwards to the index it was dropped at', () => {
    const cols = board([card('1', 'A', 'a0'), card('2', 'A', 'a1'), card('3', 'A', 'a2')], []);
    moveLocally(cols, rules, '1', 'A', 2);
    expect(ids(cols[0].cards)).toEqual(['2', '3', '1']);
    expect(cols[0].count).toBe(3);
  });

  it('applies only events newer than what it holds', () => {
    const cols = board([card('1', 'A', 'a0', 10, 3)], []);
    expect(applyEvent(cols, rules, { type: 'moved', card: card('1', 'B', 'a0', 10, 3), version: 3 }).applied).toBe(false);
    expect(applyEvent(cols, rules, { type: 'moved', card: card('1', 'B', 'a0', 10, 2), version: 2 }).applied).toBe(false);
    expect(ids(cols[0].cards)).toEqual(['1']);
    expect(applyEvent(cols, rules, { type: 'moved', card: card('1', 'B', 'a0', 15, 4), version: 4 }).applied).toBe(true);
    expect(ids(cols[1].cards)).toEqual(['1']);
    expect([cols[0].meta, cols[1].meta, cols[1].count]).toEqual([0, 15, 1]);
  });

  it('places created cards in order, counts them, and drops cards leaving the filter', () => {
    const cols = board([card('1', 'A', 'a0'), card('2', 'A', 'a2')], []);
    applyEvent(cols, rules, { type: 'created', card: card('5', 'A', 'a1', 7), version: 1 });
    expect(ids(cols[0].cards)).toEqual(['1', '5', '2']);
    expect([cols[0].count, cols[0].meta]).toEqual([3, 27]);
    applyEvent(cols, rules, { type: 'updated', card: { ...card('5', 'A', 'a1', 7, 2), hidden: true }, version: 2 });
    expect(ids(cols[0].cards)).toEqual(['1', '2']);
    expect(cols[0].count).toBe(2);
    applyEvent(cols, rules, { type: 'removed', card: card('1', 'A', 'a0', 10, 2), version: 2 });
    expect(ids(cols[0].cards)).toEqual(['2']);
    expect([cols[0].count, cols[0].meta]).toEqual([1, 10]);
  });

  it('leaves cards beyond the loaded part of a column to paging, and asks for totals when it cannot know them', () => {
    const cols = board([], [card('3', 'B', 'a0'), card('4', 'B', 'a1')], { bMore: true });
    applyEvent(cols, rules, { type: 'created', card: card('9', 'B', 'a5'), version: 1 });
    expect(ids(cols[1].cards)).toEqual(['3', '4']);
    expect(cols[1].count).toBe(13);
    const outcome = applyEvent(cols, rules, { type: 'moved', card: card('77', 'B', 'Zz'), version: 5 });
    expect(outcome.totalsStale).toBe(true);
    expect(ids(cols[1].cards)).toEqual(['77', '3', '4']);
  });
});
