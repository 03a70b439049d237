import { join } from 'node:path';
import { type ExtensionSize, extensionSize, type InitialJs, initialJs } from '../scripts/lib/bundle-size.ts';
import { buildExtension, ROOT } from '../scripts/lib/processes.ts';

export interface BundleSizes {
  chrome: ExtensionSize;
  firefox: ExtensionSize;
  /** The side panel's JavaScript before its first paint (Chrome build). */
  panelInitialJs: InitialJs;
}

/** The production builds' sizes; expects the Chrome one built (contentScriptSizes builds it), builds Firefox's. */
export async function bundleBench(): Promise<BundleSizes> {
  const chrome = join(ROOT, '.output/chrome-mv3');
  const sizes = { chrome: extensionSize(chrome), panelInitialJs: await initialJs(chrome, 'sidepanel.html') };
  buildExtension('-b', 'firefox');
  return { ...sizes, firefox: extensionSize(join(ROOT, '.output/firefox-mv2')) };
}
