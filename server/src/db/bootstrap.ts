import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { hashPassword } from '../modules/auth/password.js';
import { startCifCounter } from '../modules/client/cif.js';
import { Office } from '../modules/office/office.entity.js';
import { User } from '../modules/user/user.entity.js';
import { isMysql } from './data-source.js';
import { seedDemoLoans } from './seed/demo-loans.js';
import { seedDemoMarketing } from './seed/demo-marketing.js';
import { seedDemoActivities, seedDemoData, seedDemoSales } from './seed/demo-seed.js';

/**
 * Brings a database up to date: migrations, then demo data or a first admin on an empty database.
 * Several instances starting together on MySQL take turns through a named lock.
 */
export async function prepareDatabase(dataSource: DataSource, config: Config, log: (line: string) => void = console.log) {
  const mysql = isMysql(dataSource);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (mysql) await runner.query(`SELECT GET_LOCK('prospek_bootstrap', 120)`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);

    const empty = (await dataSource.getRepository(User).count()) === 0;
    const wantDemo = config.demoData === 'always' || (config.demoData === 'auto' && !config.production);
    if (empty && wantDemo) {
      await dataSource.transaction(async (manager) => {
        await seedDemoData(manager);
        await seedDemoSales(manager);
        await seedDemoMarketing(manager);
        await seedDemoActivities(manager);
        await seedDemoLoans(manager);
      });
      log('Loaded demo data (sign in as officer1@prospek.test / demo1234)');
    } else if (empty && config.adminEmail && config.adminPassword) {
      await dataSource.transaction(async (manager) => {
        const office = await manager.save(Office, manager.create(Office, { code: 'KP', name: 'Kantor Pusat', parentId: null }));
        await startCifCounter(manager, office.id);
        await manager.save(
          User,
          manager.create(User, {
            email: config.adminEmail!.toLowerCase(),
            name: 'Administrator',
            role: 'ADMIN',
            officeId: office.id,
            segment: null,
            active: true,
            passwordHash: await hashPassword(config.adminPassword!),
          }),
        );
      });
      log(`Created the first admin ${config.adminEmail}`);
    } else if (empty) {
      log('The database has no users: set ADMIN_EMAIL and ADMIN_PASSWORD (or DEMO_DATA=always) and restart');
    }
  } finally {
    if (mysql) await runner.query(`SELECT RELEASE_LOCK('prospek_bootstrap')`).catch(() => undefined);
    await runner.release();
  }
}
