import { browser } from 'wxt/browser';
import type { Fonts } from '../../shared/pdf/render.ts';

let loading: Promise<Fonts> | null = null;

/** The PDF fonts, shipped in the extension (fonts/, copied from dejavu-fonts-ttf at build) and read once. */
export function browserFonts(): Promise<Fonts> {
  const read = async (name: string) => {
    const response = await fetch(browser.runtime.getURL(`/fonts/${name}` as '/'));
    if (!response.ok) throw new Error(`the PDF font ${name} is missing from the extension`);
    return new Uint8Array(await response.arrayBuffer());
  };
  loading ??= Promise.all([read('DejaVuSans.ttf'), read('DejaVuSans-Bold.ttf')]).then(([regular, bold]) => ({ regular, bold }));
  return loading;
}
