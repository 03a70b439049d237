import { browser } from 'wxt/browser';

/**
 * A gzip-compressed data file shipped in the extension (the PDF fonts, the skills taxonomy;
 * compressed at build, see wxt.config.ts), decompressed as it is read. What it is names it in
 * the error when the file is missing.
 */
export async function readPackagedGzip(path: string, what: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok || !response.body) throw new Error(`${what} is missing from the extension`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip')));
}
