import { onBeforeUnmount } from 'vue';
import type { Ref } from 'vue';
import type { InvoiceChangeData } from '@prospek/shared';
import { useRealtime } from '../../realtime/socket';
import type { LiveStatus } from '../../realtime/socket';

/**
 * Calls `listener` whenever an invoice the viewer may see changes (edited, issued, paid, cancelled, its
 * mail sent), and with null after a reconnect. Stops with the component; answers the live status.
 */
export function useInvoiceChanges(listener: (change: InvoiceChangeData | null) => void): Ref<LiveStatus> {
  const realtime = useRealtime();
  const stop = realtime.subscribe({
    board: 'invoices',
    onEvent: (event) => listener(event.card as InvoiceChangeData),
    onResync: () => listener(null),
  });
  onBeforeUnmount(stop);
  return realtime.status;
}
