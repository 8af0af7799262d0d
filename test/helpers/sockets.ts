import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Ack, BoardEvent, BoardName, ClientToServerEvents, ServerToClientEvents } from '@prospek/shared';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Listener {
  socket: ClientSocket;
  events: BoardEvent[];
  /** Resolves with the first event (already received or to come) matching `predicate`. */
  next(predicate: (event: BoardEvent) => boolean, timeoutMs?: number): Promise<BoardEvent>;
  close(): void;
}

export function connect(url: string, token: string | null): ClientSocket {
  return io(url, { path: '/socket.io', auth: token ? { token } : {}, transports: ['websocket'], reconnection: false, forceNew: true });
}

export async function joinBoard(url: string, token: string, board: BoardName = 'leads'): Promise<Listener> {
  const socket = connect(url, token);
  const events: BoardEvent[] = [];
  const waiters: Array<{ predicate: (e: BoardEvent) => boolean; resolve: (e: BoardEvent) => void }> = [];
  socket.on('board:event', (event) => {
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

/** Waits long enough for an event that should not come to have arrived if it were sent. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
