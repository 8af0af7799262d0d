/**
 * The floor: the same board read by the best hand-written mysql2 SQL — the column totals per stage and
 * one UNION ALL of eight parenthesised `ORDER BY position LIMIT 50` selects with owner names joined,
 * both within the viewer's offices as the board's are — serialised with JSON.stringify and served over
 * plain HTTP. Two ways to total the columns: `/board` counts them over the leads (an index-covered
 * scan, as the board did before it kept totals), `/board-kept` sums the kept rows per stage, office and
 * owner (as the board does now), so that the board is compared with a floor that does as little as it.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPool } from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2';
import { LEAD_STAGES } from '@prospek/shared';

export interface Floor {
  /** Totals counted over the leads. */
  url: string;
  /** Totals summed from the kept rows (null where the database has none). */
  keptUrl: string | null;
  close(): Promise<void>;
}

export async function startFloor(databaseUrl: string, officeIds: number[]): Promise<Floor> {
  const pool = createPool({ uri: databaseUrl, connectionLimit: 10, supportBigNumbers: true, timezone: 'Z' });
  const offices = officeIds.map(Number).join(', ');
  const scanSql = `SELECT stage, COUNT(*) AS n, CAST(SUM(estimatedAmount) AS CHAR) AS total FROM \`lead\` WHERE archivedAt IS NULL AND officeId IN (${offices}) GROUP BY stage`;
  const keptSql = `SELECT columnKey AS stage, SUM(cards) AS n, CAST(SUM(total) AS CHAR) AS total FROM lead_column_total WHERE officeId IN (${offices}) GROUP BY columnKey`;
  const cardsSql = LEAD_STAGES.map(
    (stage) =>
      `(SELECT l.id, l.fullName, l.companyName, l.phone, l.source, l.segment, l.estimatedAmount, l.stage, l.position, ` +
      `l.ownerId, u.name AS ownerName, l.stageEnteredAt, l.nextActionAt, l.lostReason, l.version FROM \`lead\` l ` +
      `LEFT JOIN \`user\` u ON u.id = l.ownerId WHERE l.stage = '${stage}' AND l.archivedAt IS NULL AND l.officeId IN (${offices}) ORDER BY l.position, l.id LIMIT 50)`,
  ).join(' UNION ALL ');
  const [[found]] = await pool.query<Array<{ n: number } & RowDataPacket>>(
    `SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lead_column_total'`,
  );
  const server: Server = createServer(async (req, res) => {
    const totalsSql = req.url === '/board-kept' ? keptSql : scanSql;
    const [[totals], [cards]] = await Promise.all([pool.query(totalsSql), pool.query(cardsSql)]);
    const body = JSON.stringify({ totals, cards });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/board`,
    keptUrl: Number(found.n) > 0 ? `${base}/board-kept` : null,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
