import { reactive, ref } from 'vue';
import type { BoardColumnsEvent, BoardEvent, BoardName } from '@prospek/shared';
import { ApiError, newMutationId } from '../api/client';
import { useRealtime } from '../realtime/socket';
import { applyEvent, findCard, moveLocally, placeCard, settleMove } from './board-state';
import type { BoardCard, BoardRules, ColumnState } from './board-state';

export interface BoardSource<S extends string, C extends BoardCard, M, X> extends BoardRules<S, C, M> {
  board: BoardName;
  load(): Promise<Array<Omit<ColumnState<S, C, M>, 'loadingMore'>>>;
  /** A column's next page after `after`, or its first page without one. */
  loadMore(stage: S, after: string | null): Promise<{ cards: C[]; hasMore: boolean; endCursor: string | null }>;
  /** Counts and summaries only, after events about cards the board does not hold. */
  loadTotals(): Promise<Array<{ stage: S; count: number; meta: M }>>;
  move(card: C, toStage: S, afterId: string | null, beforeId: string | null, mutationId: string, extra: X | undefined): Promise<C>;
  /** A column-settings event as new column summaries, or null when it is not about this board's columns. */
  columnMeta?(event: BoardColumnsEvent, meta: M, stage: S): M | null;
}

export type MoveResult<C> = { ok: true; card: C } | { ok: false; error: ApiError };

/**
 * A live board: loads its columns, pages them, moves cards optimistically (undoing a refused move),
 * and applies live events newer than what it holds, ignoring the echo of its own mutations.
 */
export function useBoard<S extends string, C extends BoardCard, M, X = undefined>(source: BoardSource<S, C, M, X>) {
  const columns = reactive<Array<ColumnState<S, C, M>>>([]) as Array<ColumnState<S, C, M>>;
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  const ownMutations = new Set<string>();
  let loadSequence = 0;
  /**
   * Events heard while the board is being read: the read may predate them, so they are applied again
   * over what it returns (each only if newer than what the board then holds).
   */
  let heardDuringLoad: BoardEvent[] | null = null;
  let totalsTimer: ReturnType<typeof setTimeout> | null = null;

  async function load(): Promise<void> {
    const sequence = ++loadSequence;
    loading.value = true;
    heardDuringLoad ??= [];
    try {
      const loaded = await source.load();
      if (sequence !== loadSequence) return;
      columns.splice(0, columns.length, ...loaded.map((c) => ({ ...c, loadingMore: false })));
      for (const event of heardDuringLoad ?? []) apply(event);
      error.value = null;
    } catch (e) {
      if (sequence === loadSequence) error.value = e instanceof ApiError ? e : new ApiError(String(e), 'NETWORK');
    } finally {
      if (sequence === loadSequence) {
        loading.value = false;
        heardDuringLoad = null;
      }
    }
  }

  async function loadMore(stage: S): Promise<void> {
    const column = columns.find((c) => c.stage === stage);
    if (!column || !column.hasMore || column.loadingMore || !column.endCursor) return;
    column.loadingMore = true;
    const sequence = loadSequence;
    try {
      const page = await source.loadMore(stage, column.endCursor);
      if (sequence !== loadSequence) return;
      column.hasMore = false; // lets placeCard append past the old end
      for (const card of page.cards) if (!findCard(columns, card.id)) placeCard(column, card);
      column.hasMore = page.hasMore;
      column.endCursor = page.endCursor;
    } finally {
      column.loadingMore = false;
    }
  }

  /**
   * Reads one column's first page again: after the server rewrote its keys, the keys held here no
   * longer sort against those of cards that arrive.
   */
  async function reloadColumn(stage: S): Promise<void> {
    const column = columns.find((c) => c.stage === stage);
    if (!column) return;
    const sequence = loadSequence;
    column.loadingMore = true;
    try {
      const page = await source.loadMore(stage, null);
      if (sequence !== loadSequence) return;
      column.cards.splice(0, column.cards.length, ...page.cards);
      column.hasMore = page.hasMore;
      column.endCursor = page.endCursor;
    } catch {
      // Unreadable now: the whole board reads itself again.
      if (sequence === loadSequence) void load();
    } finally {
      column.loadingMore = false;
    }
  }

  function refreshTotalsSoon(): void {
    if (totalsTimer) return;
    totalsTimer = setTimeout(async () => {
      totalsTimer = null;
      const totals = await source.loadTotals().catch(() => null);
      for (const total of totals ?? []) {
        const column = columns.find((c) => c.stage === total.stage);
        if (column) Object.assign(column, { count: total.count, meta: total.meta });
      }
    }, 400);
  }

  function apply(event: BoardEvent): void {
    const outcome = applyEvent(columns, source, event as unknown as { type: BoardEvent['type']; card: C; version: number });
    if (outcome.totalsStale) refreshTotalsSoon();
  }

  function onEvent(event: BoardEvent): void {
    if (event.mutationId && ownMutations.has(event.mutationId)) return;
    heardDuringLoad?.push(event);
    apply(event);
  }

  /** Moves at once; on refusal puts the card back (or where the server says it is) and reports why. */
  async function move(id: string, toStage: S, toIndex: number, extra?: X): Promise<MoveResult<C>> {
    const local = moveLocally(columns, source, id, toStage, toIndex);
    if (!local) return { ok: false, error: new ApiError('Card not on the board', 'NOT_FOUND') };
    const mutationId = newMutationId();
    ownMutations.add(mutationId);
    try {
      const saved = await source.move(local.before, toStage, local.afterId, local.beforeId, mutationId, extra);
      settleMove(columns, source, saved);
      return { ok: true, card: saved };
    } catch (e) {
      const failure = e instanceof ApiError ? e : new ApiError(String(e), 'NETWORK');
      const current = failure.code === 'CONFLICT' ? (failure.current as C | null) : null;
      settleMove(columns, source, current ?? local.before);
      // Archived or out of reach meanwhile: it leaves this board.
      if (failure.code === 'NOT_FOUND') applyEvent(columns, source, { type: 'removed', card: local.before, version: Number.MAX_SAFE_INTEGER });
      return { ok: false, error: failure };
    } finally {
      setTimeout(() => ownMutations.delete(mutationId), 10_000);
    }
  }

  /** Applies a card the client itself just saved (create, edit). */
  function upsert(card: C, type: 'created' | 'updated' | 'removed' = 'updated'): void {
    applyEvent(columns, source, { type, card, version: card.version });
  }

  const realtime = useRealtime();
  function onColumns(event: BoardColumnsEvent): void {
    for (const column of columns) {
      const meta = source.columnMeta?.(event, column.meta, column.stage);
      if (meta) column.meta = meta;
    }
  }

  const unsubscribe = realtime.subscribe({
    board: source.board,
    onEvent,
    onResync: () => void load(),
    onColumns,
    onRebalanced: (column) => void reloadColumn(column as S),
  });

  return {
    columns,
    loading,
    error,
    status: realtime.status,
    load,
    loadMore,
    reloadColumn,
    move,
    upsert,
    track: (id: string) => ownMutations.add(id),
    dispose: unsubscribe,
  };
}
