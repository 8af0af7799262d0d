import { onBeforeUnmount } from 'vue';
import type { Ref } from 'vue';
import type { ComplaintCardData } from '@prospek/shared';
import { useRealtime } from '../../realtime/socket';
import type { LiveStatus } from '../../realtime/socket';

/** Calls `listener` with every complaint change heard (null after a calendar change or a reconnect: read again). */
export function useComplaintChanges(listener: (change: ComplaintCardData | null) => void): Ref<LiveStatus> {
  const realtime = useRealtime();
  const stop = realtime.subscribe({
    board: 'complaints',
    onEvent: (event) => listener(event.card as ComplaintCardData),
    onResync: () => listener(null),
  });
  onBeforeUnmount(stop);
  return realtime.status;
}
