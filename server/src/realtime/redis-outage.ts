/**
 * What the Socket.IO Redis adapter needs around it so that a Redis outage loses no live event silently.
 *
 * The adapter keeps nothing: a message published while an instance's subscription is away never
 * reaches that instance's sockets, which stay connected. So once the subscription is back (node-redis
 * resubscribes before it reports ready), the instance's open boards are told to read themselves again.
 * And the adapter does not wait for its publishes: one refused because Redis went away must be logged,
 * not left as an unhandled rejection that would end the process.
 */
import type { createClient } from 'redis';

type RedisClient = ReturnType<typeof createClient>;

/** Calls `resync` each time `subscriber` is ready again after losing its connection (not on the first connect). */
export function onResubscribed(subscriber: RedisClient, resync: () => void): void {
  let lost = false;
  subscriber.on('reconnecting', () => (lost = true));
  subscriber.on('ready', () => {
    if (!lost) return;
    lost = false;
    resync();
  });
}

/** The publishing client as the adapter gets it: every other use is the client's own. */
export function quietPublisher(client: RedisClient, log: (message: string) => void): RedisClient {
  return new Proxy(client, {
    get(target, key) {
      if (key === 'publish') {
        return (channel: string, message: string | Buffer) =>
          target.publish(channel, message).catch((error: unknown) => {
            log(`Redis: a live event was not published (${String(error)}); boards read again once Redis is back`);
            return 0;
          });
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
