// `node scripts/with-node.mjs <script.ts> [args]`: runs a TypeScript script of this repository
// with a Node that can (22.18 and newer run .ts files directly). On an older Node, the one
// many machines have, it uses the project's own Node 24 in .node/, fetching it from the npm
// registry the first time (the `node-<platform>-<arch>` packages carry the official binaries),
// and says so in one line. Plain JavaScript on purpose: it must run on the old Node itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEEDED = [22, 18];
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCAL = join(ROOT, '.node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');

const recent = (version) => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
};

function fail(sentence) {
  console.error(`jobsmith: ${sentence}`);
  process.exit(1);
}

const [script, ...args] = process.argv.slice(2);
if (!script) fail('usage: node scripts/with-node.mjs <script.ts> [args]');

let node = process.execPath;
if (!recent(process.version)) {
  node = LOCAL;
  if (!existsSync(LOCAL) || !recent(spawnSync(LOCAL, ['-v'], { encoding: 'utf8' }).stdout ?? '')) {
    const pkg = `node-${process.platform}-${process.arch}@24`;
    console.error(
      `jobsmith: Node ${process.version} is older than ${NEEDED.join('.')}, which Jobsmith needs; fetching Node 24 (${pkg}) into .node/ for this project, once.`,
    );
    const work = mkdtempSync(join(tmpdir(), 'jobsmith-node-'));
    try {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const packed = spawnSync(npm, ['pack', '--silent', pkg], { cwd: work, encoding: 'utf8' });
      const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
      if (packed.status !== 0 || !tarball)
        fail(
          `could not fetch Node 24 from the npm registry (${pkg}); install Node 22.18 or newer yourself (https://nodejs.org, or \`nvm install 24\`) and run this again.`,
        );
      mkdirSync(join(ROOT, '.node'), { recursive: true });
      const unpacked = spawnSync('tar', ['xzf', join(work, tarball), '-C', join(ROOT, '.node'), '--strip-components=1']);
      if (unpacked.status !== 0 || !existsSync(LOCAL))
        fail(`could not unpack ${pkg} into .node/; install Node 22.18 or newer yourself and run this again.`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

// The script runs as its own process (so `import.meta.main` holds), with this Node first on PATH
// for what it starts. Ctrl-C reaches it from the terminal directly; a SIGTERM sent to us is passed on.
const child = spawn(node, [script, ...args], {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` },
});
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
