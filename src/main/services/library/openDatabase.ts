import Database from 'better-sqlite3';
import { OstendoError } from '../../../shared/errors';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/**
 * Open (creating if needed) the library database: WAL, foreign keys on, pending migrations applied in one
 * transaction each. A database newer than this build is refused rather than risked.
 */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new OstendoError('DATABASE_ERROR', `Cannot open library database ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) {
    db.close();
    throw new OstendoError('DATABASE_ERROR', `Library schema v${current} is newer than this Ostendo (v${latest}); refusing to open it`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db;
}
