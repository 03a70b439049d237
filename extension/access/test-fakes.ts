import type { ContentScriptRegistry, Permissions } from './grants.ts';
import type { Scripting } from './inject.ts';

/**
 * Stand-ins for the two browser APIs WXT's fake browser does not implement (`permissions`,
 * `scripting`), holding just the state the access tests look at. Tests only.
 */

/** The browser's grants of optional host permissions; `request` is the user's answer to the prompt. */
export function fakePermissions(granted: string[] = []) {
  const origins = new Set(granted);
  const removed: string[][] = [];
  const api: Permissions = {
    contains: async ({ origins: asked }) => asked.every((o) => origins.has(o)),
    remove: async ({ origins: gone }) => {
      removed.push(gone);
      for (const o of gone) origins.delete(o);
      return true;
    },
  };
  return { api, origins, removed };
}

/** One tab's frames, whether each runs the readers, and whether the browser lets the extension script the tab. */
export function fakeScripting(frameIds: number[] = [0]) {
  const state = {
    allowed: true,
    live: new Map(frameIds.map((id) => [id, false])),
    /** Every file injection, per frame. */
    injected: [] as number[],
    registered: new Map<string, { matches: string[]; js: string[]; allFrames: boolean; persistAcrossSessions: boolean }>(),
  };
  const scripting: Scripting & ContentScriptRegistry = {
    executeScript: async (injection) => {
      if (!state.allowed)
        throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      if (injection.func) return [...state.live].map(([frameId, live]) => ({ frameId, result: live }));
      for (const frameId of injection.target.frameIds ?? [...state.live.keys()]) {
        state.injected.push(frameId);
        state.live.set(frameId, true);
      }
      return [];
    },
    registerContentScripts: async (scripts) => {
      for (const { id, ...script } of scripts) {
        if (state.registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
        state.registered.set(id, script);
      }
    },
    unregisterContentScripts: async ({ ids }) => {
      for (const id of ids) state.registered.delete(id);
    },
    getRegisteredContentScripts: async () => [...state.registered.keys()].map((id) => ({ id })),
  };
  return { scripting, state };
}
