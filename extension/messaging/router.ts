import type { z } from 'zod';
import { ContentToBackground, type PanelReplies, PanelToBackground, type Reply } from '../../shared/messages.ts';

/** The parts of chrome.runtime.MessageSender the router looks at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** 0 for the tab's top document; other values for iframes (e.g. an embedded Greenhouse board). */
  frameId?: number;
}

export interface ContentOrigin {
  tabId: number;
  frameId: number;
  /** The address of the tab's top page when the message was sent. */
  tabUrl: string | null;
  /** The address of the frame that sent it (an embedded form's own page). */
  frameUrl: string | null;
}

type ContentMessage = z.infer<typeof ContentToBackground>;
type PanelMessage = z.infer<typeof PanelToBackground>;

export interface Handlers {
  content: {
    [K in ContentMessage['type']]: (msg: Extract<ContentMessage, { type: K }>, from: ContentOrigin) => Promise<unknown> | unknown;
  };
  panel: { [K in PanelMessage['type']]: (msg: Extract<PanelMessage, { type: K }>) => Promise<PanelReplies[K]> };
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/**
 * Extension pages (side panel, also when opened in a tab) have our origin in their URL;
 * content scripts run in a tab on someone else's page. Anything from another extension is foreign.
 */
export function classifySender(sender: Sender, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return 'content-script';
  return 'foreign';
}

function fail(code: string, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/**
 * What was wrong, as a person reads it: "Password must have at least 8 characters", not
 * "password: password must…" (a message that names its field is not prefixed with it again).
 */
function describeIssues(error: z.ZodError): string {
  const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return error.issues
    .slice(0, 3)
    .map((i) => {
      const field = String(i.path.at(-1) ?? '');
      const named = field && i.message.toLowerCase().startsWith(field.toLowerCase());
      return named || !i.path.length ? sentence(i.message) : `${i.path.join('.')}: ${i.message}`;
    })
    .join('; ');
}

/**
 * Validates every message against the schema of its sender's kind, so a content script
 * (which runs on pages we do not control) can only send page data, never panel requests.
 */
export function createRouter(handlers: Handlers, self: { extensionId: string; extensionOrigin: string }) {
  return async function route(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    const kind = classifySender(sender, self.extensionId, self.extensionOrigin);
    try {
      if (kind === 'content-script') {
        const parsed = ContentToBackground.safeParse(raw);
        if (!parsed.success) return fail('invalid_message', describeIssues(parsed.error));
        const msg = parsed.data;
        const handler = handlers.content[msg.type] as (m: typeof msg, from: ContentOrigin) => Promise<unknown> | unknown;
        const data = await handler(msg, {
          tabId: sender.tab?.id ?? -1,
          frameId: sender.frameId ?? 0,
          tabUrl: sender.tab?.url ?? null,
          frameUrl: sender.url ?? null,
        });
        return { ok: true, data: data ?? null };
      }
      if (kind === 'extension-page') {
        const parsed = PanelToBackground.safeParse(raw);
        if (!parsed.success) return fail('invalid_message', describeIssues(parsed.error));
        const msg = parsed.data;
        const handler = handlers.panel[msg.type] as (m: typeof msg) => Promise<unknown>;
        return { ok: true, data: await handler(msg) };
      }
      return fail('forbidden', 'messages are accepted only from this extension');
    } catch (error) {
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}
