import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Db = ReturnType<typeof drizzle<typeof schema>>;
/** The `tx` of `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * One client per request: in workerd a socket belongs to the request that opened it, and
 * Hyperdrive pools the real connections. `max: 1` keeps it to a single connection, and
 * `prepare: false` because Hyperdrive and PGlite's socket server do not share prepared
 * statements across connections.
 */
export function openDb(connectionString: string) {
  const sql = postgres(connectionString, { max: 1, prepare: false, idle_timeout: 5, connect_timeout: 10, onnotice: () => {} });
  return { db: drizzle(sql, { schema }), close: () => sql.end({ timeout: 5 }) };
}
