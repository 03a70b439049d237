import { useEffect, useRef, useState } from 'react';
import { loadPdfJs } from '../profile/browser-pdfjs.ts';

/** The first page of a PDF drawn by pdfjs: what the recruiter will see, not an HTML look-alike. */
export function PdfPreview({ bytes, label }: { bytes: Uint8Array; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const pdfjs = await loadPdfJs();
      const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
      const page = await doc.getPage(1);
      const target = canvas.current;
      if (cancelled || !target) return;
      const width = target.parentElement?.clientWidth ?? 360;
      const viewport = page.getViewport({ scale: (width / page.getViewport({ scale: 1 }).width) * devicePixelRatio });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${viewport.width / devicePixelRatio}px`;
      await page.render({ canvas: target, viewport }).promise;
      if (!cancelled) target.dataset.rendered = 'true';
    })().catch((e) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, [bytes]);
  return (
    <div className="pdf-preview">
      {error ? <p className="error">The preview could not be drawn ({error}); the download still works.</p> : null}
      <canvas ref={canvas} aria-label={label} data-testid="tailor-preview" />
    </div>
  );
}
