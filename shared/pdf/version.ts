/** Bumped when the PDF layout changes: a stored document names the renderer that drew it. */
export const RENDERER_VERSION = 'jobsmith-pdf-1';
