import type { Server, Socket } from 'socket.io';
import type { Ack, BoardEvent, BoardName, ClientToServerEvents, ServerToClientEvents } from '@prospek/shared';
import type { AnyLiveBoard, BoardViewer, OfficeAncestry } from '../boards/board.js';
import type { BoardRegistry } from '../boards/board-registry.js';
import type { CardChangedEvent, DomainEvent } from '../events/domain-events.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { EventBus } from '../events/domain-events.js';
import { logger } from '../observability/logger.js';

export interface SocketData {
  user: BoardViewer;
  /** When the socket's token runs out (ms since the epoch): the expiry sweep cuts it then. */
  expiresAt: number;
}

interface InterServerEvents {
  'offices:changed': () => void;
  'user:changed': (userId: number) => void;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** How the hub knows who a socket is: the session a token opens, if any (null when it opens none). */
export interface HubSessions {
  /** `fresh`: the user's row as it is now, not as read for a request within the last second. */
  sessionForToken(token: string | null, options: { fresh: boolean }): Promise<{ user: BoardViewer; expiresAt: Date } | null>;
  /** The user's row changed: a row kept for requests is read again. */
  forgetUser(userId: number): void;
}

/** The office tree the audience rules read, and the cache that must drop it when offices change. */
export interface HubOffices {
  tree(): Promise<OfficeAncestry>;
  invalidate(): void;
}

/** Per-user room, joined on connect: notifications and forced disconnects go there. */
export const userRoom = (userId: number | string) => `user:${userId}`;

/** Every viewer of a board, whatever their reach: told of changes that carry no record (rebalanced keys). */
export const viewersRoom = (board: string) => `${board}:viewers`;

/**
 * How often this instance's sockets are looked over for tokens that ran out: one sweep for all of them
 * instead of a timer, a timer list and a disconnect listener per socket (each token's lifetime differs,
 * so Node kept a timer list per socket). A socket is cut at most this long after its token expires.
 */
export const EXPIRY_SWEEP_MS = 1000;

/** The handshake's auth once read: one shared empty object. */
const NO_AUTH: Readonly<Record<string, never>> = Object.freeze({});

/**
 * The realtime hub: authenticates sockets by token, lets them join the declared boards, and turns
 * committed domain events into `board:event` messages for exactly the rooms allowed to see the record
 * at that moment, as each board's declared audience says. It knows no board by name.
 */
export function attachRealtimeHub(
  io: RealtimeServer,
  auth: HubSessions,
  offices: HubOffices,
  boards: BoardRegistry,
  bus: EventBus,
  /** Told, per event kind, how long it took from publish (after commit) to the emit. */
  fanout: (kind: DomainEvent['kind'], seconds: number) => void = () => undefined,
  /** Whether other instances share the sockets (the Redis adapter): only then are they told what changed. */
  peers = false,
): () => void {
  io.use(async (socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    let session: Awaited<ReturnType<HubSessions['sessionForToken']>> = null;
    try {
      session = await auth.sessionForToken(typeof token === 'string' ? token : null, { fresh: true });
    } catch (error) {
      // A database outage is no reason to end the user's session: the client retries on UNAVAILABLE.
      if (isDatabaseUnavailable(error)) return next(new Error('UNAVAILABLE'));
    }
    if (!session) return next(new Error('UNAUTHENTICATED'));
    // Only what the audience rules read: a whole user row per socket would be kept for the connection's life.
    const { id, role, officeId } = session.user;
    socket.data.user = { id, role, officeId };
    // An expired token ends the connection too, not only the next request: the sweep below cuts it.
    socket.data.expiresAt = session.expiresAt.getTime();
    // Nothing reads the token again: the socket need not hold a credential (and its length) for its life.
    socket.handshake.auth = NO_AUTH;
    next();
  });

  io.on('offices:changed', () => offices.invalidate());
  io.on('user:changed', (userId) => {
    if (Number.isInteger(userId)) auth.forgetUser(userId);
  });

  const local = io.of('/').sockets;
  const sweep = setInterval(() => {
    const now = Date.now();
    // Deleting the current entry while iterating a Map is safe: the iteration goes on with the next one.
    for (const socket of local.values()) if (socket.data.expiresAt <= now) socket.disconnect(true);
  }, EXPIRY_SWEEP_MS);
  sweep.unref();

  // One handler per event for every socket (the socket is `this`), not closures made per connection:
  // an idle socket should cost little more than the connection itself.
  const join = guarded((socket, payload, reply) => {
    const board = boards.get(boardNameOf(payload));
    if (!board) return reply({ ok: false, error: 'UNKNOWN_BOARD' });
    void socket.join([...board.audience.roomsOfViewer(socket.data.user), viewersRoom(board.board)]);
    reply({ ok: true });
  });
  const leave = guarded((socket, payload, reply) => {
    const board = boards.get(boardNameOf(payload));
    if (!board) return reply({ ok: false, error: 'UNKNOWN_BOARD' });
    for (const room of socket.rooms) if (room.startsWith(`${board.board}:`)) void socket.leave(room);
    reply({ ok: true });
  });

  io.on('connection', (socket: RealtimeSocket) => {
    void socket.join(userRoom(socket.data.user.id));
    socket.on('board:join', join);
    socket.on('board:leave', leave);
  });

  /** A board-level message, sent only for a declared board (to the rooms of its viewers). */
  const toViewers = (name: string, send: (board: BoardName) => void) => {
    if (boards.get(name)) send(name as BoardName);
    else failedEmit(new Error(`No board ${name} is declared`));
  };

  /** Here at once (the write has committed), and on the other instances as soon as they hear it. */
  const forgetUser = (userId: number) => {
    auth.forgetUser(userId);
    if (peers) io.serverSideEmit('user:changed', userId);
  };

  // Listeners run inside publish, so the clock starts at the publish.
  const unsubscribe = bus.subscribe((event: DomainEvent) => {
    const published = performance.now();
    const emitted = () => fanout(event.kind, (performance.now() - published) / 1000);
    switch (event.kind) {
      case 'card': {
        const board = boards.get(event.board);
        if (board) emitCard(io, offices, board, event).then(emitted, failedEmit);
        else failedEmit(new Error(`No board ${event.board} is declared`));
        return;
      }
      case 'board-refresh': {
        const board = boards.get(event.board);
        if (!board) return failedEmit(new Error(`No board ${event.board} is declared`));
        offices
          .tree()
          .then((tree) => io.to(board.audience.rooms(event.visibility, tree)).emit('board:refresh', { board: event.board as BoardName }))
          .then(emitted, failedEmit);
        return;
      }
      case 'board-columns': {
        const rooms = boards.get(event.board)?.audience.columnRooms?.(event.officeId) ?? [];
        if (rooms.length === 0) break;
        io.to(rooms).emit('board:columns', {
          board: event.board as BoardName,
          officeId: event.officeId,
          columns: event.columns,
          actorId: event.actorId,
          mutationId: event.mutationId,
        });
        break;
      }
      case 'board-rebalanced':
        // Keys say nothing of any card: every viewer of the board reads the column again.
        toViewers(event.board, (board) => io.to(viewersRoom(board)).emit('board:rebalanced', { board, column: event.column }));
        break;
      case 'board-sla':
        // A column's idle limit is the same for every viewer of the board, whatever their reach.
        toViewers(event.board, (board) => io.to(viewersRoom(board)).emit('board:sla', { board, column: event.column, maxIdleDays: event.maxIdleDays }));
        break;
      case 'user-access':
        forgetUser(event.userId);
        // Every instance's sockets of that user (through the Redis adapter when there are several).
        io.in(userRoom(event.userId)).disconnectSockets(true);
        break;
      case 'user-changed':
        forgetUser(event.userId);
        break;
      case 'offices':
        offices.invalidate();
        if (peers) io.serverSideEmit('offices:changed');
        break;
      case 'notification':
        // To every tab of that user, on every instance.
        io.to(userRoom(event.userId)).emit('notification', event.notification);
        break;
      case 'import-progress':
        io.to(userRoom(event.userId)).emit('import:progress', event.progress);
        break;
      case 'targets':
        // Reports are read on demand; no socket carries targets.
        break;
    }
    emitted();
  });
  return () => {
    clearInterval(sweep);
    unsubscribe();
  };
}

/**
 * Tells every socket of this instance to read each board it has open again. The Redis adapter keeps
 * nothing: what other instances published while this instance's subscription was away is lost to its
 * sockets, which stayed connected and would go on showing a stale board. Called once the subscription
 * is back, so that a board read from then on misses nothing; events that arrive meanwhile carry
 * versions, and the client applies only newer ones.
 */
export function refreshLocalBoards(io: RealtimeServer, boards: BoardRegistry): void {
  for (const { board } of boards.all()) io.local.to(viewersRoom(board)).emit('board:refresh', { board: board as BoardName });
}

/** An event that could not be fanned out (the office tree unreadable) is logged; the process goes on. */
function failedEmit(error: unknown): void {
  logger.error({ err: error }, 'Realtime: an event could not be delivered');
}

type Reply = (result: Ack) => void;

/**
 * Wraps a client-to-server handler, shared by every socket (called with the socket as `this`): whatever
 * the client sends (any JSON value, a missing or non-function acknowledgement), the handler answers at
 * most once, and an unexpected error refuses the request instead of escaping into the process.
 */
function guarded(handler: (socket: RealtimeSocket, payload: unknown, reply: Reply) => void): (this: RealtimeSocket, payload: unknown, ack?: unknown) => void {
  return function (this: RealtimeSocket, payload, ack) {
    let replied = false;
    const reply: Reply = (result) => {
      if (replied || typeof ack !== 'function') return;
      replied = true;
      (ack as Reply)(result);
    };
    try {
      handler(this, payload, reply);
    } catch (error) {
      logger.error({ err: error, socketId: this.id, userId: this.data.user.id }, 'Realtime: a socket handler failed');
      reply({ ok: false, error: 'INTERNAL' });
    }
  };
}

/** The board name a `{ board }` payload carries, read without touching anything the client could have shaped. */
function boardNameOf(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  return Object.prototype.hasOwnProperty.call(payload, 'board') ? (payload as { board: unknown }).board : undefined;
}

/**
 * The one emit path of every board: the card to the rooms its board's audience allows now; to the
 * rooms that could see it before but no longer do, that it left their board.
 */
async function emitCard(io: RealtimeServer, offices: HubOffices, board: AnyLiveBoard, event: CardChangedEvent): Promise<void> {
  const tree = await offices.tree();
  const message = {
    board: event.board,
    card: event.card,
    type: event.type,
    version: (event.card as { version: number }).version,
    actorId: event.actorId,
    mutationId: event.mutationId,
  } as BoardEvent;
  const now = board.audience.rooms(event.visibility, tree);
  io.to(now).emit('board:event', message);
  if (event.previousVisibility !== null && message.type !== 'removed') {
    const lost = board.audience.rooms(event.previousVisibility, tree).filter((room) => !now.includes(room));
    if (lost.length > 0)
      io.to(lost)
        .except(now)
        .emit('board:event', { ...message, type: 'removed' });
  }
}
