import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import type { NotificationData } from '@prospek/shared';
import { request } from '../../api/client';
import { MAX_PAGE_SIZE } from '../../api/paging';
import { PAGE_SIZE } from '../../ui/usePagedList';
import { onUserMessage } from '../../realtime/socket';
import { useToasts } from '../../ui/useToasts';
import { MarkReadMutation, NotificationsQuery } from './notification.operations';
import { notificationTitle } from './notification-text';

export interface NotificationItem extends NotificationData {
  readAt: string | null;
}

const state = reactive({
  items: [] as NotificationItem[],
  unread: 0,
  started: false,
  totalCount: 0,
  hasMore: false,
  cursor: null as string | null,
  loading: false,
});
let stop: (() => void) | null = null;

/** Notifications arriving together (the scheduler's reminders) make one toast, not a burst. */
const BURST_MS = 800;
let burst: { items: NotificationData[]; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * The signed-in user's notifications, newest first, a page at a time: loaded once, then kept live from
 * their socket room. Reading again keeps as many as are shown (up to 100).
 */
export function useNotifications() {
  const toasts = useToasts();
  const { t } = useI18n();
  async function read(more: boolean) {
    state.loading = true;
    try {
      const first = more ? PAGE_SIZE : Math.min(MAX_PAGE_SIZE, Math.max(PAGE_SIZE, state.items.length));
      const data = await request(NotificationsQuery, { unreadOnly: false, first, after: more ? state.cursor : null });
      state.items = more ? [...state.items, ...data.notifications.nodes] : data.notifications.nodes;
      state.totalCount = data.notifications.totalCount;
      state.hasMore = data.notifications.pageInfo.hasNextPage;
      state.cursor = data.notifications.pageInfo.endCursor;
      state.unread = data.unreadNotificationCount;
    } finally {
      state.loading = false;
    }
  }
  const load = () => read(false);
  const loadMore = () => (state.hasMore && !state.loading ? read(true) : Promise.resolve());
  if (!state.started) {
    state.started = true;
    void load();
    stop = onUserMessage('notification', (n) => {
      state.items.unshift({ ...n, readAt: null });
      state.unread += 1;
      state.totalCount += 1;
      if (burst) return void burst.items.push(n);
      burst = {
        items: [n],
        timer: setTimeout(() => {
          const items = burst?.items ?? [];
          burst = null;
          // Worded now, in the language the interface is in when the toast shows.
          const first = notificationTitle(items[0]);
          toasts.info(items.length === 1 ? first : t('notifications.several', { n: items.length, first }));
        }, BURST_MS),
      };
    });
  }
  async function markRead(ids: string[] | null) {
    await request(MarkReadMutation, { ids });
    await load();
  }
  return { state, load, loadMore, markRead };
}

export function resetNotifications(): void {
  if (burst) clearTimeout(burst.timer);
  burst = null;
  stop?.();
  stop = null;
  Object.assign(state, { items: [], unread: 0, started: false, totalCount: 0, hasMore: false, cursor: null, loading: false });
}
