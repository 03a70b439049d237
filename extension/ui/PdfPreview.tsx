import { useEffect, useRef, useState } from 'preact/compat';
import { loadPdfJs } from '../profile/browser-pdfjs.ts';

/**
 * The first page of a PDF drawn by pdfjs: what the recruiter will see, not an HTML look-alike.
 * It is drawn again at the new width when the panel is resized (a side panel is dragged wider).
 */
export function PdfPreview({ bytes, label }: { bytes: Uint8Array; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState<number | null>(null);

  // The box's width, rounded, so a redraw happens when the panel really changes size.
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth((previous) => (previous !== null && Math.abs(previous - next) < 8 ? previous : next));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (width === null) return;
    let cancelled = false;
    (async () => {
      const pdfjs = await loadPdfJs();
      const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
      const page = await doc.getPage(1);
      const target = canvas.current;
      if (cancelled || !target) return;
      const viewport = page.getViewport({ scale: (width / page.getViewport({ scale: 1 }).width) * devicePixelRatio });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${viewport.width / devicePixelRatio}px`;
      await page.render({ canvas: target, viewport }).promise;
      if (!cancelled) {
        target.dataset.rendered = 'true';
        target.dataset.width = String(width);
      }
    })().catch((e) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, [bytes, width]);
  return (
    <div className="pdf-preview" ref={box}>
      {error ? <p className="error">The preview could not be drawn ({error}); the download still works.</p> : null}
      <canvas ref={canvas} aria-label={label} data-testid="tailor-preview" />
    </div>
  );
}
