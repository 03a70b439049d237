import type { TestProject } from 'vitest/node';
import { applyMigrations, openDatabase } from '../../scripts/lib/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await openDatabase();
  await applyMigrations(database.url);
  console.log(`worker tests use ${database.kind === 'external' ? 'DATABASE_URL' : 'embedded PGlite'}`);
  project.provide('databaseUrl', database.url);
  return () => database.stop();
}
