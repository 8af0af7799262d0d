import { onBeforeUnmount } from 'vue';
import type { Ref } from 'vue';
import type { LoanChangeData } from '@prospek/shared';
import { useRealtime } from '../../realtime/socket';
import type { LiveStatus } from '../../realtime/socket';

/**
 * Calls `listener` whenever a loan the viewer may see changes (a repayment posted or reversed, a promise
 * recorded, the daily run), and with null after a reconnect, when changes may have been missed. Any page
 * showing loans (a loan page, a collection sheet) reads what it shows again. Stops with the component;
 * returns the connection's status for the page's live indicator.
 */
export function useLoanChanges(listener: (change: LoanChangeData | null) => void): Ref<LiveStatus> {
  const realtime = useRealtime();
  const stop = realtime.subscribe({
    board: 'loans',
    onEvent: (event) => listener(event.card as LoanChangeData),
    onResync: () => listener(null),
  });
  onBeforeUnmount(stop);
  return realtime.status;
}
