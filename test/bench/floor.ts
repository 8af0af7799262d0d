/**
 * The floor: the same board read by the best hand-written mysql2 SQL — an index-covered count/sum per
 * stage and one UNION ALL of eight parenthesised `ORDER BY position LIMIT 50` selects with owner names
 * joined — serialised with JSON.stringify and served over plain HTTP.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPool } from 'mysql2/promise';
import { LEAD_STAGES } from '@prospek/shared';

export async function startFloor(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = createPool({ uri: databaseUrl, connectionLimit: 10, supportBigNumbers: true, timezone: 'Z' });
  const totalsSql = 'SELECT stage, COUNT(*) AS n, CAST(SUM(estimatedAmount) AS CHAR) AS total FROM `lead` WHERE archivedAt IS NULL GROUP BY stage';
  const cardsSql = LEAD_STAGES.map(
    (stage) =>
      `(SELECT l.id, l.fullName, l.companyName, l.phone, l.source, l.segment, l.estimatedAmount, l.stage, l.position, ` +
      `l.ownerId, u.name AS ownerName, l.stageEnteredAt, l.nextActionAt, l.lostReason, l.version FROM \`lead\` l ` +
      `LEFT JOIN \`user\` u ON u.id = l.ownerId WHERE l.stage = '${stage}' AND l.archivedAt IS NULL ORDER BY l.position, l.id LIMIT 50)`,
  ).join(' UNION ALL ');
  const server: Server = createServer(async (_req, res) => {
    const [[totals], [cards]] = await Promise.all([pool.query(totalsSql), pool.query(cardsSql)]);
    const body = JSON.stringify({ totals, cards });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/board`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
