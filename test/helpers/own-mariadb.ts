/**
 * A MariaDB primary and a replica of the test's own, on free ports, in temporary data directories:
 * binary-log replication with GTIDs, started and stopped by their PIDs. The machine's shared MariaDB
 * is never touched.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { findBinary, freePort, until } from './own-redis.js';

export const mariadbServerBinary = findBinary(['mariadbd', 'mysqld']);
export const mariadbInstallBinary = findBinary(['mariadb-install-db', 'mysql_install_db']);
export const mariadbBinariesMissing = !mariadbServerBinary || !mariadbInstallBinary;

const DATABASE = 'prospek';
const READER = { user: 'reader', password: 'reader-pw' };
const REPLICATION = { user: 'repl', password: 'repl-pw' };

interface Instance {
  port: number;
  child: ChildProcess;
  exited: Promise<void>;
}

export class OwnReplicatedMariaDb {
  private readonly instances: Instance[] = [];
  private readonly connections: Connection[] = [];
  primary!: Connection;
  replica!: Connection;

  private constructor(private readonly dir: string) {}

  /** Installs one data directory, copies it for the replica, starts both and starts replication. */
  static async start(): Promise<OwnReplicatedMariaDb> {
    if (mariadbBinariesMissing) throw new Error('MariaDB server binaries are not installed');
    const pair = new OwnReplicatedMariaDb(mkdtempSync(join(tmpdir(), 'prospek-replicas-')));
    try {
      const primaryData = join(pair.dir, 'primary');
      await promisify(execFile)(mariadbInstallBinary as string, [
        '--no-defaults',
        `--datadir=${primaryData}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...(process.getuid?.() === 0 ? ['--user=root'] : []),
      ]);
      cpSync(primaryData, join(pair.dir, 'replica'), { recursive: true });
      const primaryPort = await pair.launch('primary', 1, ['--log-bin=binlog', '--binlog-format=ROW']);
      const replicaPort = await pair.launch('replica', 2, ['--read-only']);
      pair.primary = await pair.connect(primaryPort);
      pair.replica = await pair.connect(replicaPort);
      await pair.primary.query(`CREATE USER '${REPLICATION.user}'@'%' IDENTIFIED BY '${REPLICATION.password}'`);
      await pair.primary.query(`GRANT REPLICATION SLAVE ON *.* TO '${REPLICATION.user}'@'%'`);
      await pair.primary.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      // The application reads the replica as a user that may only read.
      await pair.primary.query(`CREATE USER '${READER.user}'@'%' IDENTIFIED BY '${READER.password}'`);
      await pair.primary.query(`GRANT SELECT ON ${DATABASE}.* TO '${READER.user}'@'%'`);
      await pair.replica.query(
        `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primaryPort}, MASTER_USER = '${REPLICATION.user}',
         MASTER_PASSWORD = '${REPLICATION.password}', MASTER_USE_GTID = slave_pos`,
      );
      await pair.replica.query('START SLAVE');
      await pair.caughtUp();
      return pair;
    } catch (error) {
      await pair.stop();
      throw error;
    }
  }

  /** The application's primary: root on the primary. */
  get primaryUrl(): string {
    return `mysql://root@127.0.0.1:${this.instances[0].port}/${DATABASE}`;
  }

  /** The replica for the application, without a database name (it takes the primary's). */
  get replicaUrl(): string {
    return `mysql://${READER.user}:${READER.password}@127.0.0.1:${this.instances[1].port}`;
  }

  /** Waits until the replica has applied everything the primary has written so far. */
  async caughtUp(): Promise<void> {
    const [[{ pos }]] = (await this.primary.query('SELECT @@gtid_binlog_pos AS pos')) as unknown as [[{ pos: string }]];
    const [[{ done }]] = (await this.replica.query('SELECT MASTER_GTID_WAIT(?, 60) AS done', [pos])) as unknown as [[{ done: number }]];
    if (Number(done) !== 0) throw new Error(`the replica did not reach ${pos}`);
  }

  /** The replica keeps receiving the primary's binary log but applies nothing until `applyAgain`. */
  async holdApplying(): Promise<void> {
    await this.replica.query('STOP SLAVE SQL_THREAD');
  }

  async applyAgain(): Promise<void> {
    await this.replica.query('START SLAVE SQL_THREAD');
    await this.caughtUp();
  }

  /** Statements the replica's server has answered (its Com_select counter). */
  async replicaSelects(): Promise<number> {
    const [[row]] = (await this.replica.query("SHOW GLOBAL STATUS LIKE 'Com_select'")) as unknown as [[{ Value: string }]];
    return Number(row.Value);
  }

  /** Stops the replica's server by its PID, as a replica host going away. */
  async stopReplica(): Promise<void> {
    await this.stopInstance(this.instances[1]);
  }

  /** Ends the test's connections, stops both servers by PID and removes the data directories. */
  async stop(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.end().catch(() => undefined)));
    for (const instance of this.instances) await this.stopInstance(instance);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async stopInstance(instance: Instance): Promise<void> {
    const { child } = instance;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await instance.exited;
    clearTimeout(killed);
  }

  private async launch(name: string, serverId: number, extra: string[]): Promise<number> {
    const port = await freePort();
    const data = join(this.dir, name);
    const child = spawn(
      mariadbServerBinary as string,
      [
        '--no-defaults',
        ...(process.getuid?.() === 0 ? ['--user=root'] : []),
        `--datadir=${data}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(this.dir, `${name}.sock`)}`,
        `--pid-file=${join(this.dir, `${name}.pid`)}`,
        `--log-error=${join(this.dir, `${name}.err`)}`,
        `--server-id=${serverId}`,
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=32M',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        ...extra,
      ],
      { stdio: 'ignore' },
    );
    child.once('error', () => undefined);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.instances.push({ port, child, exited });
    await until(async () => {
      if (child.exitCode !== null) throw new Error(`MariaDB ${name} exited`);
      const probe = await createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 1000 });
      await probe.end();
      return true;
    }, `MariaDB ${name} start`);
    return port;
  }

  private async connect(port: number): Promise<Connection> {
    const connection = await createConnection({ host: '127.0.0.1', port, user: 'root' });
    this.connections.push(connection);
    return connection;
  }
}
