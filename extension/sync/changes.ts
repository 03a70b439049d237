/**
 * "Something changed locally": the background syncs soon after (debounced), whichever
 * extension context wrote. A BroadcastChannel reaches the other contexts of the extension;
 * listeners in the writing context are called directly.
 */
const CHANNEL = 'jobsmith-local-changes';
const local = new Set<() => void>();
let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
  return channel;
}

export function notifyChanged(): void {
  for (const listener of local) listener();
  open()?.postMessage('changed');
}

export function onChanged(listener: () => void): () => void {
  local.add(listener);
  const ch = open();
  const handler = () => listener();
  ch?.addEventListener('message', handler);
  return () => {
    local.delete(listener);
    ch?.removeEventListener('message', handler);
  };
}
