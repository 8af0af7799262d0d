import { createConnection } from 'mysql2/promise';
import { createClient } from 'redis';

export const MYSQL_URL = process.env.MYSQL_URL || 'mysql://root@127.0.0.1:3306';
export const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

export async function mysqlAvailable(): Promise<boolean> {
  try {
    const connection = await createConnection({ uri: MYSQL_URL, connectTimeout: 2000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

export async function redisAvailable(): Promise<boolean> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    await client.quit();
    return true;
  } catch {
    return false;
  }
}
