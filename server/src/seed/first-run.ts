import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { hashPassword } from '../modules/auth/password.js';
import { startCifCounter } from '../modules/client/cif.js';
import { Office } from '../modules/office/office.entity.js';
import { User } from '../modules/user/user.entity.js';
import { seedDemoCollection } from './demo-collection.js';
import { seedDemoInvoices } from './demo-invoices.js';
import { seedDemoComplaints } from './demo-complaints.js';
import { seedDemoStatements } from './demo-statements.js';
import { seedDemoLoans } from './demo-loans.js';
import { seedDemoRestructure } from './demo-restructure.js';
import { seedDemoMarketing } from './demo-marketing.js';
import { seedDemoTargets } from './demo-targets.js';
import { seedDemoActivities, seedDemoData, seedDemoSales } from './demo-seed.js';
import { logInfo } from '../observability/logger.js';

/** Fills a database that has no users: demo data, or the first admin the configuration names. */
export async function populateEmptyDatabase(dataSource: DataSource, config: Config, log: (line: string) => void = logInfo) {
  const empty = (await dataSource.getRepository(User).count()) === 0;
  const wantDemo = config.demoData === 'always' || (config.demoData === 'auto' && !config.production);
  if (empty && wantDemo) {
    await dataSource.transaction(async (manager) => {
      await seedDemoData(manager);
      await seedDemoSales(manager);
      await seedDemoMarketing(manager);
      await seedDemoActivities(manager);
      await seedDemoLoans(manager);
      await seedDemoRestructure(manager);
      await seedDemoCollection(manager);
      await seedDemoTargets(manager);
      await seedDemoInvoices(manager);
      await seedDemoComplaints(manager);
      await seedDemoStatements(manager);
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
}
