import { WRITER_LABELS } from '../../../shared/tailor/claim-labels.ts';
import type { CoverLetter, RefusedDraft, TailoredResume } from '../../../shared/tailor/schema.ts';
import type { DocumentKind } from '../../tailor/make-document.ts';
import { ask, onBroadcast } from '../background.ts';

export interface FromWorker {
  /** Absent: the worker wrote nothing, and this device makes the document. */
  content?: TailoredResume | CoverLetter;
  notice: string | null;
  refused?: RefusedDraft[];
}

/**
 * The worker's models write the document (the letter streams, each piece handed to `onDelta`).
 * When that fails, the notice says why and this device makes it instead.
 */
export async function fromWorker(tabId: number, what: DocumentKind, onDelta: (text: string) => void): Promise<FromWorker> {
  const requestId = crypto.randomUUID();
  const stop = onBroadcast((m) => {
    if (m.type === 'generate/delta' && m.requestId === requestId) onDelta(m.text);
  });
  try {
    const result = await ask({ type: 'generate/run', tabId, kind: what, requestId });
    if (!result) return { notice: null };
    // A refused draft is explained by its own card; the notice names only the writers that failed.
    const failed = result.fellBackFrom.filter((p) => !result.refused.some((r) => r.provider === p));
    const fellBack = failed.length > 0 ? ` (${failed.map((p) => WRITER_LABELS[p]).join(', ')} failed first)` : '';
    const notice = result.replaced
      ? 'The letter as first written said something your profile does not support; this checked one replaces it.'
      : result.usage.cached
        ? `Reused an earlier answer${fellBack}.`
        : fellBack
          ? `Written${fellBack}.`
          : null;
    return { content: result.document, notice, refused: result.refused };
  } catch (error) {
    return {
      notice: `The AI writer is unavailable: ${error instanceof Error ? error.message : String(error)}. Made on this device instead.`,
    };
  } finally {
    stop();
  }
}
