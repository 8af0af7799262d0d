/**
 * Column shapes for migrations that must come out exactly as TypeORM's schema builder expects on
 * each database, so that after migrating the entities and the schema agree.
 */
import type { QueryRunner, TableColumnOptions } from 'typeorm';

function onMysql(qr: QueryRunner): boolean {
  return qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb';
}

export function idColumn(): TableColumnOptions {
  return { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
}

export function versionColumn(): TableColumnOptions {
  return { name: 'version', type: 'integer' };
}

export function createdAtColumn(qr: QueryRunner, name = 'createdAt'): TableColumnOptions {
  const types = qr.connection.driver.mappedDataTypes;
  return {
    name,
    type: String(types.createDate),
    precision: types.createDatePrecision,
    default: types.createDateDefault,
  };
}

export function updatedAtColumn(qr: QueryRunner, name = 'updatedAt'): TableColumnOptions {
  const types = qr.connection.driver.mappedDataTypes;
  return {
    name,
    type: String(types.updateDate),
    precision: types.updateDatePrecision,
    default: types.updateDateDefault,
    ...(onMysql(qr) ? { onUpdate: String(types.updateDateDefault) } : {}),
  };
}

/** Fractional-index keys compare byte by byte; MySQL's default collation would fold case. */
export function orderKeyColumn(qr: QueryRunner, name = 'position'): TableColumnOptions {
  return {
    name,
    type: 'varchar',
    length: '64',
    ...(onMysql(qr) ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {}),
  };
}
