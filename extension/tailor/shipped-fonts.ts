/** Where the build puts the PDF fonts in the extension (gzip-compressed; wxt.config.ts, node-fonts.ts). */
export const SHIPPED_FONTS = { regular: 'fonts/DejaVuSans.ttf.gz', bold: 'fonts/DejaVuSans-Bold.ttf.gz' } as const;
