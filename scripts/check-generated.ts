// `npm run check:generated`: fails when committed generated files drift from their source.
// Today: drizzle migrations must cover worker/src/db/schema (run `npm run db:generate`).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/processes.ts';

const committed = join(ROOT, 'worker/src/db/migrations');
// drizzle-kit takes --out relative to the project, so the scratch copy lives in .data/ (git-ignored).
const relativeScratch = `.data/migrations-check-${process.pid}`;
const scratch = join(ROOT, relativeScratch);
try {
  rmSync(scratch, { recursive: true, force: true });
  cpSync(committed, scratch, { recursive: true });
  const before = readdirSync(scratch).sort();
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/drizzle-kit/bin.cjs'),
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './worker/src/db/schema/index.ts',
      '--out',
      relativeScratch,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const added = readdirSync(scratch)
    .sort()
    .filter((f) => !before.includes(f));
  if (added.length > 0) {
    console.error(`worker/src/db/schema changed without a migration (drizzle-kit would add ${added.join(', ')}).`);
    console.error('Run `npm run db:generate` and commit the new file in worker/src/db/migrations.');
    process.exitCode = 1;
  } else {
    console.log('generated files: migrations match the schema');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
