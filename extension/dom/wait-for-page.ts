/** Waiting for a page to answer what was done to it, with a MutationObserver rather than polling. */

/**
 * What `find` finds, as soon as the page shows it (a MutationObserver on `roots`, not polling);
 * undefined after `timeoutMs`, or after `quietMs` in which the page did not change at all, when given.
 */
export function observeUntil<T>(
  roots: Node[],
  find: () => T | undefined,
  { timeoutMs, quietMs, attributes }: { timeoutMs: number; quietMs?: number; attributes: string[] },
): Promise<T | undefined> {
  const now = find();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = (found: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(quiet);
      resolve(found);
    };
    const rearm = () => {
      if (quietMs === undefined) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => done(undefined), quietMs);
    };
    const observer = new MutationObserver(() => {
      const found = find();
      if (found !== undefined) done(found);
      else rearm();
    });
    for (const root of new Set(roots))
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: attributes });
    const timer = setTimeout(() => done(find()), timeoutMs);
    rearm();
  });
}

/** Resolves when `node` changes (an entry was added), or after the timeout. */
export function changed(node: Element, timeoutMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      // Let the framework finish rendering the new entry.
      setTimeout(resolve, 30);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve();
    }, timeoutMs);
    observer.observe(node, { childList: true, subtree: true });
  });
}
