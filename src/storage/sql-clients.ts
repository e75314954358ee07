import { mkdir } from 'node:fs/promises';
import type { SqlClient } from './sql-store.ts';

// Errors from the disk under the embedded database, as opposed to errors in a statement.
const DISK_PROBLEM = /could not (?:create|open|write|extend|read|fsync|access|stat)|no space left|permission denied|file exists|read-only file system/i;

/**
 * PostgreSQL compiled to WebAssembly, in a folder on disk: the embedded
 * default, with no server to run. After its folder has failed it (made
 * unwritable, or full), the instance can be left unable to write even once
 * the disk is fixed, so the next call opens the folder afresh.
 */
export async function pgliteClient(dataDir: string | null): Promise<SqlClient> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const open = async () => {
    const db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
    return db;
  };
  let db = await open();
  let failed = false;
  const use = async <T>(work: (current: typeof db) => Promise<T>): Promise<T> => {
    if (failed) {
      await db.close().catch(() => undefined);
      db = await open();
      failed = false;
    }
    try {
      return await work(db);
    } catch (error) {
      if (dataDir && error instanceof Error && DISK_PROBLEM.test(error.message)) failed = true;
      throw error;
    }
  };
  return {
    query: <Row>(sql: string, params: unknown[] = []) => use(async (current) => ({ rows: (await current.query<Row>(sql, params)).rows })),
    transaction: (work) =>
      use((current) =>
        current.transaction((tx) =>
          work({
            query: async <Row>(sql: string, params: unknown[] = []) => ({ rows: (await tx.query<Row>(sql, params)).rows }),
            exec: async (sql) => void (await tx.exec(sql)),
          }),
        ),
      ),
    close: () => db.close(),
  };
}

/** How a PostgreSQL connection may be reported to the operator: a dropped connection is logged, never fatal. */
export type ConnectionProblem = (reason: string) => void;

/** A PostgreSQL server, for several bot replicas sharing one state. */
export async function postgresClient(connectionString: string, onProblem: ConnectionProblem = () => undefined): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  // A connection that cannot be made in a few seconds fails the call, which the caller can retry, rather than hanging it.
  const pool = new pg.Pool({ connectionString, max: 5, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // An idle connection that the server ends (a restart, a failover, a network drop) is reported here; the pool replaces it on the next query.
  // Without this listener, node-postgres would raise it as an unhandled 'error' event and end the process.
  pool.on('error', (error) => onProblem(`an idle database connection was closed (${error.message})`));
  // Fail at start-up, with the reason, rather than on the first question.
  const probe = await pool.connect();
  probe.release();
  return {
    query: async <Row>(sql: string, params: unknown[] = []) => ({ rows: (await pool.query(sql, params)).rows as Row[] }),
    transaction: async (work) => {
      const client = await pool.connect();
      // A connection that drops mid-transaction also emits 'error' on the client it was lent as.
      const report = (error: Error) => onProblem(`a database connection closed during a transaction (${error.message})`);
      client.on('error', report);
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <Row>(sql: string, params: unknown[] = []) => ({ rows: (await client.query(sql, params)).rows as Row[] }),
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.off('error', report);
        // A connection that could not even roll back is discarded rather than lent again.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
