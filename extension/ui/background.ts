import { browser } from 'wxt/browser';
import { BackgroundBroadcast, type PanelReplies, type PanelToBackground, type Reply } from '../../shared/messages.ts';

/** Sends a request to the background and unwraps its reply; a refused request becomes an Error with the reason. */
export async function ask<T extends PanelToBackground['type']>(message: Extract<PanelToBackground, { type: T }>): Promise<PanelReplies[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<PanelReplies[T]> | undefined;
  if (!reply) throw new Error('the background did not answer; reload the extension');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

/** Listens to the background's broadcasts (and ignores everything else, e.g. content-script reports). */
export function onBroadcast(listener: (message: BackgroundBroadcast) => void): () => void {
  const handler = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = BackgroundBroadcast.safeParse(raw);
    if (parsed.success) listener(parsed.data);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
