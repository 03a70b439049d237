import type { Fonts } from '../../shared/pdf/render.ts';
import { readPackagedGzip } from '../packaged-file.ts';
import { SHIPPED_FONTS } from './shipped-fonts.ts';

let loading: Promise<Fonts> | null = null;

/** The PDF fonts, shipped in the extension (fonts/, cut and compressed at build) and read once. */
export function browserFonts(): Promise<Fonts> {
  const read = async (path: string) => new Uint8Array(await (await readPackagedGzip(path, `the PDF font ${path}`)).arrayBuffer());
  loading ??= Promise.all([read(SHIPPED_FONTS.regular), read(SHIPPED_FONTS.bold)]).then(([regular, bold]) => ({ regular, bold }));
  return loading;
}
