import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { ref } from 'vue';
import type {
  BoardColumnsEvent,
  BoardEvent,
  BoardName,
  BoardSlaEvent,
  ClientToServerEvents,
  ImportProgress,
  NotificationData,
  ServerToClientEvents,
} from '@prospek/shared';
import { endSession } from '../api/client';
import { useSession } from '../api/session';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type LiveStatus = 'connecting' | 'live' | 'paused';

interface BoardSubscription {
  board: BoardName;
  onEvent: (event: BoardEvent) => void;
  /** Called after a reconnect: events may have been missed, so the board reads itself again. */
  onResync: () => void;
  /** An office's column limits changed (the task board's WIP limits). */
  onColumns?: (event: BoardColumnsEvent) => void;
  /** A column's keys were rewritten on the server (same order): the column reads itself again. */
  onRebalanced?: (column: string) => void;
}

const status = ref<LiveStatus>('connecting');
let socket: ClientSocket | null = null;
let socketToken: string | null = null;
const subscriptions = new Set<BoardSubscription>();
const notificationListeners = new Set<(n: NotificationData) => void>();
const importListeners = new Set<(p: ImportProgress) => void>();
const slaListeners = new Set<(event: BoardSlaEvent) => void>();
let everConnected = false;
/** How long to wait before a handshake refused with UNAVAILABLE is tried again. */
const UNAVAILABLE_RETRY_MS = 3000;

function join(subscription: BoardSubscription) {
  socket?.emit('board:join', { board: subscription.board }, (ack) => {
    if (!ack.ok) console.warn(`board:join ${subscription.board} refused: ${ack.error}`);
  });
}

function ensureSocket(): ClientSocket {
  const session = useSession();
  if (socket && socketToken === session.state.token) return socket;
  socket?.close();
  everConnected = false;
  socketToken = session.state.token;
  status.value = 'connecting';
  const created: ClientSocket = io({ path: '/socket.io', auth: { token: socketToken }, transports: ['websocket', 'polling'] });
  created.on('connect', () => {
    status.value = 'live';
    for (const subscription of subscriptions) {
      join(subscription);
      if (everConnected) subscription.onResync();
    }
    everConnected = true;
  });
  created.on('disconnect', () => {
    status.value = 'paused';
  });
  created.on('connect_error', (error) => {
    status.value = 'paused';
    // The token expired or the account was deactivated: the whole session ends, not just live updates.
    if (error.message === 'UNAUTHENTICATED') {
      created.close();
      endSession();
    }
    // The server could not read the session (its database is briefly away): the client does not retry
    // a refused handshake by itself, so try again shortly.
    if (error.message === 'UNAVAILABLE') {
      setTimeout(() => {
        if (socket === created) created.connect();
      }, UNAVAILABLE_RETRY_MS);
    }
  });
  created.on('board:event', (event) => {
    for (const subscription of subscriptions) if (subscription.board === event.board) subscription.onEvent(event);
  });
  created.on('board:refresh', ({ board }) => {
    for (const subscription of subscriptions) if (subscription.board === board) subscription.onResync();
  });
  created.on('notification', (n) => notificationListeners.forEach((listener) => listener(n)));
  created.on('import:progress', (p) => importListeners.forEach((listener) => listener(p)));
  created.on('board:columns', (event) => {
    for (const subscription of subscriptions) if (subscription.board === event.board) subscription.onColumns?.(event);
  });
  created.on('board:rebalanced', ({ board, column }) => {
    for (const subscription of subscriptions) {
      if (subscription.board !== board) continue;
      if (subscription.onRebalanced) subscription.onRebalanced(column);
      else subscription.onResync();
    }
  });
  created.on('board:sla', (event) => slaListeners.forEach((listener) => listener(event)));
  // The server ends a socket when the user's access changed: try again, and the handshake decides.
  // After this tab changed the password it holds a new token, which the retry presents.
  created.on('disconnect', (reason) => {
    if (reason !== 'io server disconnect') return;
    setTimeout(() => {
      socketToken = useSession().state.token;
      created.auth = { token: socketToken };
      created.connect();
    }, 500);
  });
  socket = created;
  return created;
}

/** Live messages for the signed-in user (notifications, import progress); returns the unsubscribe. */
export function onUserMessage(kind: 'notification', listener: (n: NotificationData) => void): () => void;
export function onUserMessage(kind: 'import', listener: (p: ImportProgress) => void): () => void;
export function onUserMessage(kind: 'notification' | 'import', listener: ((n: NotificationData) => void) | ((p: ImportProgress) => void)): () => void {
  ensureSocket();
  const set = (kind === 'notification' ? notificationListeners : importListeners) as Set<typeof listener>;
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * A board's column idle limits (its stage SLA) changed by an admin, for whoever shows stale marks; heard
 * while a view of that board is open. Returns the unsubscribe.
 */
export function onBoardSla(board: BoardName, listener: (column: string, maxIdleDays: number) => void): () => void {
  ensureSocket();
  const forBoard = (event: BoardSlaEvent) => {
    if (event.board === board) listener(event.column, event.maxIdleDays);
  };
  slaListeners.add(forBoard);
  return () => slaListeners.delete(forBoard);
}

/** The live connection: its status, and board subscriptions that survive reconnects. */
export function useRealtime() {
  return {
    status,
    subscribe(subscription: BoardSubscription): () => void {
      subscriptions.add(subscription);
      const current = ensureSocket();
      if (current.connected) join(subscription);
      return () => {
        subscriptions.delete(subscription);
        current.emit('board:leave', { board: subscription.board }, () => undefined);
      };
    },
  };
}

export function closeRealtime(): void {
  socket?.close();
  socket = null;
  socketToken = null;
  subscriptions.clear();
  notificationListeners.clear();
  importListeners.clear();
  // Stage limits are the same for every user: their listener outlives a sign-out.
}
