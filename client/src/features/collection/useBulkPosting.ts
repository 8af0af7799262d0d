/**
 * Posting many repayments from the collection sheet. Each row carries its own Idempotency-Key, kept
 * (also across a reload, in sessionStorage) until the batch is closed: sending the batch again — after
 * a lost answer, a closed laptop, a second tap — replays what was posted instead of posting it twice.
 * A row whose amount, date or channel changes before it was posted gets a new key, since it is another
 * request. Rows are sent one after another, so progress is exact and the server is not flooded.
 */
import { computed, reactive, ref } from 'vue';
import { moneyToDecimal, parseRupiahInput } from '@prospek/shared';
import { ApiError, request } from '../../api/client';
import type { RepaymentChannel } from '../../api/generated/graphql';
import { errorText } from '../../ui/error-text';
import { PostSheetRepaymentMutation } from './collection.operations';

export type BulkStatus = 'idle' | 'posting' | 'posted' | 'refused' | 'failed';

export interface BulkRow {
  amount: string;
  status: BulkStatus;
  message: string | null;
}

interface KeptKey {
  key: string;
  signature: string;
  /** What was typed, so that a row whose answer was lost is sent again exactly as it was. */
  amount: string;
  posted: boolean;
}

const STORE = 'prospek.collection.batch';

function loadKeys(): Record<string, KeptKey> {
  try {
    return JSON.parse(sessionStorage.getItem(STORE) ?? '{}') as Record<string, KeptKey>;
  } catch {
    return {};
  }
}

export function useBulkPosting() {
  const rows = reactive<Record<string, BulkRow>>({});
  const keys: Record<string, KeptKey> = loadKeys();
  const running = ref(false);
  const progress = reactive({ done: 0, total: 0 });
  const save = () => sessionStorage.setItem(STORE, JSON.stringify(keys));

  function select(loanId: string, amount: string): void {
    if (rows[loanId]) return;
    const kept = keys[loanId];
    // A row sent before without a final answer may have been posted: it goes again unchanged, under its key.
    rows[loanId] = kept ? { amount: kept.amount, status: kept.posted ? 'posted' : 'failed', message: null } : { amount, status: 'idle', message: null };
  }
  function unselect(loanId: string): void {
    if (rows[loanId]?.status === 'idle' || rows[loanId]?.status === 'refused') delete rows[loanId];
  }
  const selected = computed(() => Object.keys(rows));

  function keyOf(loanId: string, signature: string, amount: string): string {
    const kept = keys[loanId];
    if (kept && (kept.posted || kept.signature === signature)) return kept.key;
    keys[loanId] = { key: crypto.randomUUID(), signature, amount, posted: false };
    save();
    return keys[loanId].key;
  }

  /** Sends every selected row not posted yet, and the posted ones again under their own keys (a replay). */
  async function post(valueDate: string, channel: RepaymentChannel, reference: (loanId: string) => string): Promise<void> {
    if (running.value) return;
    running.value = true;
    const ids = selected.value;
    progress.done = 0;
    progress.total = ids.length;
    try {
      for (const loanId of ids) {
        const row = rows[loanId];
        const amount = parseRupiahInput(row.amount);
        if (amount === null || amount <= 0n) {
          Object.assign(row, {
            status: 'refused',
            message: errorText(new ApiError('', 'BAD_USER_INPUT', [{ field: 'amount', code: 'AMOUNT_INVALID', message: '' }])),
          });
        } else {
          row.status = 'posting';
          const input = { loanId, amount: moneyToDecimal(amount), valueDate, channel, reference: reference(loanId) };
          try {
            await request(PostSheetRepaymentMutation, { input }, { idempotencyKey: keyOf(loanId, JSON.stringify(input), row.amount) });
            keys[loanId].posted = true;
            save();
            Object.assign(row, { status: 'posted', message: null });
          } catch (e) {
            const final = e instanceof ApiError && e.code !== 'NETWORK' && e.code !== 'UNAVAILABLE';
            Object.assign(row, { status: final ? 'refused' : 'failed', message: errorText(e) });
          }
        }
        progress.done++;
      }
    } finally {
      running.value = false;
    }
  }

  /** Closes the batch: its keys are forgotten, so the next payment of a loan is a new one. */
  function clear(): void {
    for (const id of Object.keys(rows)) delete rows[id];
    for (const id of Object.keys(keys)) delete keys[id];
    sessionStorage.removeItem(STORE);
    progress.done = 0;
    progress.total = 0;
  }

  const counts = computed(() => {
    const all = Object.values(rows);
    const count = (status: BulkStatus) => all.filter((r) => r.status === status).length;
    return { posted: count('posted'), refused: count('refused'), failed: count('failed') };
  });

  return { rows, selected, select, unselect, post, clear, running, progress, counts };
}
