import { mkdirSync } from 'node:fs';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../worker/src/db/migrations', import.meta.url));

export interface RunningDatabase {
  url: string;
  /** 'external' when DATABASE_URL named a server we did not start. */
  kind: 'external' | 'pglite';
  stop: () => Promise<void>;
}

/**
 * PGlite behind a Postgres wire-protocol socket, so postgres.js (in Node, or in workerd via
 * Hyperdrive's local mode) talks to it exactly as to a real server.
 *
 * PGlite is a single session, and pglite-socket's multiplexer interleaves the extended-protocol
 * messages of concurrent clients, so it runs with one connection. A second client would be
 * refused ("Too many connections"); instead a small proxy in front queues clients and hands the
 * session to one at a time, as a pool of size one would. Clients hold it only while connected:
 * the worker and the tests close their connection after each request or query.
 */
export async function startEmbeddedPostgres(dataDir?: string, port = 0): Promise<RunningDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // Two slots: the proxy keeps one client active, and a closing one may linger for a tick.
  const inner = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 2 });
  await inner.start();
  const [innerHost, innerPort] = inner.getServerConn().split(':');
  const proxy = queueingProxy(innerHost ?? '127.0.0.1', Number(innerPort));
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(port, '127.0.0.1', resolve);
  });
  const address = proxy.address() as AddressInfo;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${address.port}/postgres`,
    kind: 'pglite',
    stop: async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await inner.stop();
      await db.close();
    },
  };
}

/** A TCP server that forwards one client at a time to host:port; the others wait their turn in order. */
function queueingProxy(host: string, port: number): Server {
  const waiting: Socket[] = [];
  const open = new Set<Socket>();
  let active = false;

  const pump = () => {
    if (active) return;
    const client = waiting.shift();
    if (!client) return;
    if (client.destroyed) return pump();
    active = true;
    const upstream = connect(port, host);
    open.add(upstream);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      client.destroy();
      upstream.destroy();
      open.delete(upstream);
      active = false;
      setImmediate(pump);
    };
    upstream.on('error', finish);
    upstream.on('close', finish);
    client.on('close', finish);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  const server = createServer((client) => {
    open.add(client);
    client.on('error', () => client.destroy());
    client.on('close', () => {
      open.delete(client);
      const index = waiting.indexOf(client);
      if (index >= 0) waiting.splice(index, 1);
    });
    waiting.push(client);
    pump();
  });
  const close = server.close.bind(server);
  server.close = (callback?: (error?: Error) => void) => {
    for (const socket of open) socket.destroy();
    return close(callback);
  };
  return server;
}

/** DATABASE_URL when set, else an embedded PGlite (in memory unless `dataDir` is given). */
export async function openDatabase(options: { dataDir?: string; port?: number } = {}): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, kind: 'external', stop: async () => {} };
  return startEmbeddedPostgres(options.dataDir, options.port);
}

export async function applyMigrations(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
