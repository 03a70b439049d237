// `npm run check:boundaries`: fails when an import crosses a boundary of DESIGN.md §2.
import { checkBoundaries } from './lib/boundaries.ts';
import { ROOT } from './lib/processes.ts';

const violations = checkBoundaries(ROOT);
if (violations.length > 0) {
  for (const v of violations) console.error(`${v.file}: ${v.rule}: ${v.detail}`);
  console.error(`\n${violations.length} import boundary violation(s); see DESIGN.md section 2.`);
  process.exit(1);
}
console.log('import boundaries: ok');
