// `npm run db:migrate`: applies worker/src/db/migrations to DATABASE_URL (or the embedded
// PGlite in .data/pglite that `npm start` uses).
import { fileURLToPath } from 'node:url';
import { applyMigrations, openDatabase } from './lib/database.ts';

const dataDir = fileURLToPath(new URL('../.data/pglite', import.meta.url));
const database = await openDatabase({ dataDir });
try {
  await applyMigrations(database.url);
  console.log(`migrations applied to ${database.kind === 'external' ? 'DATABASE_URL' : dataDir}`);
} finally {
  await database.stop();
}
