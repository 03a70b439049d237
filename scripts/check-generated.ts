// `npm run check:generated`: fails when committed generated files drift from their source.
// Drizzle migrations must cover worker/src/db/schema (run `npm run db:generate`), and the skills
// taxonomy must be what its generator makes from O*NET and the curation (`npm run generate:taxonomy`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/processes.ts';
import { DEFAULT_ONET, TAXONOMY_FILE, taxonomyJson } from './taxonomy/generate.ts';

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

if (!existsSync(DEFAULT_ONET)) {
  console.log(`generated files: taxonomy not checked (${DEFAULT_ONET} is absent)`);
} else if (taxonomyJson(DEFAULT_ONET) !== readFileSync(TAXONOMY_FILE, 'utf8')) {
  console.error('shared/match/taxonomy.generated.json differs from what scripts/taxonomy/generate.ts makes of O*NET and the curation.');
  console.error('Run `npm run generate:taxonomy` and commit the file.');
  process.exitCode = 1;
} else {
  console.log('generated files: the skills taxonomy matches O*NET and the curation');
}
