// What a built extension weighs: on disk, in the package a store ships, and what the side panel
// loads before its first paint. The bench records it; an e2e test holds the limits (issue 16).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

export interface ExtensionSize {
  files: number;
  /** Sum of the files' sizes: the unpacked extension. */
  bytes: number;
  /** The store package (.zip / .xpi): every file deflated at level 9, plus each entry's zip headers. */
  packedBytes: number;
}

export interface InitialJs {
  /** The panel page's module script and everything it imports statically, relative to the build. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

export function extensionSize(dir: string): ExtensionSize {
  const files = filesUnder(dir);
  let bytes = 0;
  let packedBytes = 22; // end of central directory
  for (const file of files) {
    const data = readFileSync(file);
    const name = Buffer.byteLength(relative(dir, file));
    bytes += data.length;
    // Local file header (30 B) and central directory entry (46 B), each with the name.
    packedBytes += Math.min(deflateRawSync(data, { level: 9 }).length, data.length) + 30 + 46 + 2 * name;
  }
  return { files: files.length, bytes, packedBytes };
}

/**
 * The JavaScript a page of the extension runs before it can paint: its `<script type="module">`
 * files and, transitively, their static imports. Dynamic `import()`s (tabs, PDF code) load later.
 */
export async function initialJs(dir: string, page: string): Promise<InitialJs> {
  await init;
  const html = readFileSync(join(dir, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const [imports] = parse(readFileSync(join(dir, file), 'utf8'));
    for (const i of imports) {
      // d === -1: a static import (`import … from "./x.js"`); dynamic ones have the call's position.
      if (i.d !== -1 || !i.n) continue;
      queue.push(i.n.startsWith('/') ? i.n.slice(1) : posix.normalize(posix.join(posix.dirname(file), i.n)));
    }
  }
  const code = [...seen].map((f) => readFileSync(join(dir, f)));
  return {
    files: [...seen],
    bytes: code.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: code.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
  };
}
