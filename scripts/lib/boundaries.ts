import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import boundaries of DESIGN.md §2, checked over the real import graph:
 * what shared/ may import, what content scripts and the background may reach, and that the
 * extension and the worker never import each other.
 */

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT_RE)) {
    const spec = match[1] ?? match[2];
    if (spec) found.push(spec);
  }
  return found;
}

/** Code without comments and string contents, so a word in a comment is not a use. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");
}

function resolveImport(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every source file reachable from `entry` through relative imports, with the import that led there. */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>([[entry, entry]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec);
      if (target && !seen.has(target)) {
        seen.set(target, file);
        queue.push(target);
      }
    }
  }
  return seen;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

// Packages shared/ may use: pure, platform-free libraries only (schemas, ids, the PDF writer:
// DESIGN §2 puts PDF rendering in shared/; the match patterns WXT reads manifests with; and
// libphonenumber's metadata, to read a phone number's country; the Porter stemmer the match
// score's terms are compared with; HTML character references, decoded and escaped; the XML
// parser the board feeds are read with).
const SHARED_PACKAGES = [
  /^zod(\/|$)/,
  /^ulidx$/,
  /^@cantoo\/pdf-lib$/,
  /^fontkit$/,
  /^@webext-core\/match-patterns$/,
  /^libphonenumber-js(\/|$)/,
  /^stemmer$/,
  /^entities\/(decode|escape)$/,
  /^fast-xml-parser$/,
];

/** What a shared/ test may import besides: the runner, and the property-test generators. */
const TEST_PACKAGES = ['vitest', 'fast-check'];

export function checkBoundaries(root: string): Violation[] {
  const violations: Violation[] = [];
  const rel = (file: string) => relative(root, file);
  const inDir = (file: string, dir: string) => rel(file).startsWith(`${dir}/`);

  // shared/: platform-free, so the same logic runs in the extension, the worker, the CLI and tests.
  for (const file of walk(join(root, 'shared'))) {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec);
      if (target) {
        if (!inDir(target, 'shared')) violations.push({ file: rel(file), rule: 'shared imports only shared', detail: spec });
      } else if (!spec.startsWith('.') && !SHARED_PACKAGES.some((re) => re.test(spec)) && !(isTest(file) && TEST_PACKAGES.includes(spec))) {
        violations.push({ file: rel(file), rule: 'shared imports no platform package', detail: spec });
      }
    }
    const code = codeOnly(readFileSync(file, 'utf8'));
    for (const global of ['window', 'document', 'chrome', 'browser', 'process', 'Buffer', 'localStorage', 'indexedDB']) {
      if (new RegExp(`(?<![\\w.])${global}\\s*[.[]`).test(code))
        violations.push({ file: rel(file), rule: 'shared uses no platform global', detail: global });
    }
  }

  // The extension and the worker are separate programs; what they share lives in shared/.
  // Tests are exempt: an integration test wires the real client to the real API on purpose.
  for (const [dir, other] of [
    ['extension', 'worker'],
    ['worker', 'extension'],
  ] as const) {
    for (const file of walk(join(root, dir)).filter((f) => !isTest(f))) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const target = resolveImport(file, spec);
        if (target && inDir(target, other)) violations.push({ file: rel(file), rule: `${dir} does not import ${other}`, detail: spec });
      }
    }
  }

  // Content scripts run inside web pages: no API client, no tokens, no extension database.
  const entrypoints = join(root, 'extension', 'entrypoints');
  const forbiddenForContent = ['extension/sync/', 'extension/settings.ts', 'extension/db/'];
  for (const entry of walk(entrypoints).filter((f) => /\.content\.tsx?$|[/\\]content[/\\]index\.tsx?$/.test(f))) {
    for (const [file, via] of reachable(entry)) {
      const path = rel(file);
      if (forbiddenForContent.some((p) => path === p || path.startsWith(p))) {
        violations.push({
          file: rel(entry),
          rule: 'content scripts hold no secrets or profile store',
          detail: `${path} (imported by ${rel(via)})`,
        });
      }
    }
  }

  // The background is a service worker: there is no window or document.
  const background = [join(entrypoints, 'background.ts'), join(entrypoints, 'background', 'index.ts')].find((f) => existsSync(f));
  if (background) {
    for (const [file] of reachable(background)) {
      const code = codeOnly(readFileSync(file, 'utf8'));
      for (const global of ['window', 'document', 'localStorage']) {
        if (new RegExp(`(?<![\\w.])${global}\\s*[.[]`).test(code)) {
          violations.push({
            file: rel(file),
            rule: 'the service worker uses no window',
            detail: `${global} (reached from ${rel(background)})`,
          });
        }
      }
    }
  }

  // The side panel talks to the worker only through the background, which owns the token.
  for (const file of walk(join(root, 'extension', 'ui'))) {
    for (const [reached] of reachable(file)) {
      const path = rel(reached);
      if (path === 'extension/sync/api-client.ts' || path === 'extension/settings.ts') {
        violations.push({ file: rel(file), rule: 'the panel never holds the token', detail: path });
      }
    }
  }

  return violations;
}
