import { z } from 'zod';
import { Ulid } from '../ids.ts';
import { SyncMeta } from './common.ts';

export const DocumentKind = z.enum(['resume', 'cover-letter', 'answer']);

/**
 * A tailored resume, cover letter or answer. The structured content and the renderer
 * version are stored, not the PDF, so any device can re-render the same file.
 */
export const JobsmithDocument = z.object({
  ...SyncMeta.shape,
  kind: DocumentKind,
  jobId: Ulid.nullable().default(null),
  applicationId: Ulid.nullable().default(null),
  title: z.string().max(300).default(''),
  content: z.record(z.string(), z.unknown()),
  rendererVersion: z.string().max(40),
});
export type JobsmithDocument = z.infer<typeof JobsmithDocument>;
