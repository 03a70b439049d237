import { READER_FILES, READERS_KEY, readersLive } from './readers.ts';

/** The part of `browser.scripting` injection uses. */
export interface Scripting {
  executeScript(injection: {
    target: { tabId: number; allFrames?: boolean; frameIds?: number[] };
    files?: string[];
    func?: (key: string) => boolean;
    args?: [string];
  }): Promise<Array<{ frameId: number; result?: unknown }>>;
}

/**
 * Runs the readers in every frame of the tab the extension may script (all of them with a site
 * permission; with activeTab, the frames of the tab's own site). Idempotent: frames where they
 * already run are left alone, so a second click neither doubles their observers nor drops what a
 * running reader holds (a fill's questions for the user). Frames that loaded the readers by the
 * manifest or a registration count as running too.
 *
 * Rejects when the browser does not let the extension script the tab (no click, no grant).
 * Resolves with the frames it started the readers in.
 */
export async function injectReaders(scripting: Scripting, tabId: number): Promise<number[]> {
  const probed = await scripting.executeScript({ target: { tabId, allFrames: true }, func: readersLive, args: [READERS_KEY] });
  const missing = probed.filter((frame) => frame.result !== true).map((frame) => frame.frameId);
  if (missing.length === 0) return [];
  await scripting.executeScript({ target: { tabId, frameIds: missing }, files: READER_FILES });
  return missing;
}
