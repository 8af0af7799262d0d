import { reactive } from 'vue';
import type { NotificationData } from '@prospek/shared';
import { request } from '../../api/client';
import { onUserMessage } from '../../realtime/socket';
import { useToasts } from '../../ui/useToasts';
import { MarkReadMutation, NotificationsQuery } from './notification.operations';

export interface NotificationItem extends NotificationData {
  readAt: string | null;
}

const state = reactive({ items: [] as NotificationItem[], unread: 0, started: false });
let stop: (() => void) | null = null;

/** The signed-in user's notifications: loaded once, then kept live from their socket room. */
export function useNotifications() {
  const toasts = useToasts();
  async function load() {
    const data = await request(NotificationsQuery, { unreadOnly: false });
    state.items = data.notifications;
    state.unread = data.unreadNotificationCount;
  }
  if (!state.started) {
    state.started = true;
    void load();
    stop = onUserMessage('notification', (n) => {
      state.items.unshift({ ...n, readAt: null });
      state.unread += 1;
      toasts.info(n.title);
    });
  }
  async function markRead(ids: string[] | null) {
    await request(MarkReadMutation, { ids });
    await load();
  }
  return { state, load, markRead };
}

export function resetNotifications(): void {
  stop?.();
  stop = null;
  Object.assign(state, { items: [], unread: 0, started: false });
}
