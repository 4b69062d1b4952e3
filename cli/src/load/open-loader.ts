import type { DatabaseLoader } from './database-loader.js';
import { describeTarget, type DatabaseTarget } from './database-target.js';
import { MysqlLoader } from './mysql-loader.js';
import { PostgresLoader } from './postgres-loader.js';
import { SqliteLoader } from './sqlite-loader.js';

export function openLoader(target: DatabaseTarget): Promise<DatabaseLoader> {
  switch (target.kind) {
    case 'postgres':
      return PostgresLoader.open(target.url, describeTarget(target.url));
    case 'mysql':
      return MysqlLoader.open(target.url, describeTarget(target.url));
    case 'sqlite':
      return SqliteLoader.open(target.path);
  }
}
