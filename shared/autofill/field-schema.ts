import { z } from 'zod';

/** Validation of what a content script reports about a form (the page could have tampered with it). */
export const CollectedFieldSchema = z.object({
  ref: z.string().max(20),
  kind: z.enum([
    'text',
    'email',
    'tel',
    'url',
    'number',
    'textarea',
    'select',
    'radio-group',
    'checkbox',
    'combobox',
    'file',
    'date',
    'add-entry',
  ]),
  label: z.string().max(2000),
  name: z.string().max(500),
  htmlId: z.string().max(500),
  autocomplete: z.string().max(200),
  placeholder: z.string().max(500),
  required: z.boolean(),
  value: z.string().max(20_000),
  options: z.array(z.object({ label: z.string().max(500), value: z.string().max(500) })).max(500),
  automationId: z.string().max(200),
  section: z.string().max(500),
  entry: z.object({ group: z.enum(['work', 'education']), index: z.number().int().min(0).max(100) }).optional(),
  group: z.string().max(500).optional(),
});
export const CollectedFields = z.array(CollectedFieldSchema).max(500);

export const StepResults = z
  .array(z.object({ ref: z.string(), ok: z.boolean(), value: z.string().optional(), error: z.string().optional() }))
  .max(500);

/** What the Apply tab shows after a fill. */
export const AutofillReport = z.object({
  filled: z.array(z.object({ label: z.string(), value: z.string(), why: z.string() })),
  needsYou: z.array(z.object({ label: z.string(), why: z.string() })),
  skipped: z.array(z.object({ label: z.string(), why: z.string() })),
  failed: z.array(z.object({ label: z.string(), why: z.string() })),
});
export type AutofillReport = z.infer<typeof AutofillReport>;
