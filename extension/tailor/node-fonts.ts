import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Fonts } from '../../shared/pdf/render.ts';

const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The PDF fonts for Node (the CLI, tests, benchmarks), from the dejavu-fonts-ttf package. */
export async function nodeFonts(): Promise<Fonts> {
  const [regular, bold] = await Promise.all([readFile(join(dir, 'DejaVuSans.ttf')), readFile(join(dir, 'DejaVuSans-Bold.ttf'))]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
