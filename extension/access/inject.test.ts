import { afterEach, describe, expect, it, vi } from 'vitest';
import { injectReaders } from './inject.ts';
import { markLive, READER_FILES, READERS_KEY, readersLive } from './readers.ts';
import { fakeScripting } from './test-fakes.ts';

describe('injecting the readers', () => {
  it('runs both readers in every frame the browser lets it script', async () => {
    const { scripting, state } = fakeScripting([0, 3]);
    const executeScript = vi.fn(scripting.executeScript);
    expect(await injectReaders({ executeScript }, 7)).toEqual([0, 3]);
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 7, frameIds: [0, 3] }, files: READER_FILES });
    expect(state.injected).toEqual([0, 3]);
  });

  it('is idempotent: frames that run the readers already are left alone', async () => {
    const { scripting, state } = fakeScripting([0, 3, 5]);
    // The manifest (or a registration) started them in the top frame.
    state.live.set(0, true);
    expect(await injectReaders(scripting, 7)).toEqual([3, 5]);
    // A second click, a shortcut after a menu click: nothing runs twice.
    expect(await injectReaders(scripting, 7)).toEqual([]);
    expect(state.injected).toEqual([3, 5]);
  });

  it('rejects when the browser does not let the extension script the tab', async () => {
    const { scripting, state } = fakeScripting();
    state.allowed = false;
    await expect(injectReaders(scripting, 7)).rejects.toThrow('Cannot access');
    expect(state.injected).toEqual([]);
  });
});

describe('the readers’ mark on the isolated world', () => {
  const global = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete global[READERS_KEY];
  });

  it('counts a frame as read when both readers run there with a valid context', () => {
    expect(readersLive(READERS_KEY)).toBe(false);
    markLive('job', { isValid: true });
    expect(readersLive(READERS_KEY)).toBe(false);
    markLive('autofill', { isValid: true });
    expect(readersLive(READERS_KEY)).toBe(true);
  });

  it('does not count readers a reloaded extension left behind', () => {
    markLive('job', { isValid: true });
    markLive('autofill', { isValid: false });
    expect(readersLive(READERS_KEY)).toBe(false);
  });

  it('survives being sent into the page as source text, as executeScript does', () => {
    markLive('job', { isValid: true });
    markLive('autofill', { isValid: true });
    const rebuilt = new Function(`return (${readersLive.toString()})`)() as typeof readersLive;
    expect(rebuilt(READERS_KEY)).toBe(true);
  });
});
