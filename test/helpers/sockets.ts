import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Ack, BoardEvent, BoardName, ClientToServerEvents, ServerToClientEvents } from '@prospek/shared';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket joined to one board: the events it holds carry that board's cards. */
export interface Listener<B extends BoardName = BoardName> {
  socket: ClientSocket;
  events: BoardEvent<B>[];
  /** Resolves with the first event (already received or to come) matching `predicate`. */
  next(predicate: (event: BoardEvent<B>) => boolean, timeoutMs?: number): Promise<BoardEvent<B>>;
  close(): void;
}

export function connect(url: string, token: string | null): ClientSocket {
  return io(url, { path: '/socket.io', auth: token ? { token } : {}, transports: ['websocket'], reconnection: false, forceNew: true });
}

export async function joinBoard<B extends BoardName = 'leads'>(url: string, token: string, board: B = 'leads' as B): Promise<Listener<B>> {
  const socket = connect(url, token);
  const events: BoardEvent<B>[] = [];
  const waiters: Array<{ predicate: (e: BoardEvent<B>) => boolean; resolve: (e: BoardEvent<B>) => void }> = [];
  // The socket joins only `board`, so every event it receives is one of that board's.
  socket.on('board:event', (received) => {
    const event = received as BoardEvent<B>;
    events.push(event);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(event)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const ack = await new Promise<Ack>((resolve) => socket.emit('board:join', { board }, resolve));
  if (!ack.ok) throw new Error(`join refused: ${ack.error}`);
  return {
    socket,
    events,
    next(predicate, timeoutMs = 3000) {
      const seen = events.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching board event arrived')), timeoutMs);
        waiters.push({ predicate, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => socket.close(),
  };
}
