import type { z } from 'zod';
import { InvalidOutput, type TokenUsage } from './types.ts';

/** Validates a model's structured reply; a reply in a ```json fence or with prose around it is accepted. */
export function parseReply<T>(raw: unknown, schema: z.ZodType<T>, usage: TokenUsage): T {
  let value = raw;
  if (typeof raw === 'string') {
    const start = raw.indexOf('{');
    const end = raw.lastIndexOf('}');
    if (start < 0 || end < start) throw new InvalidOutput('reply is not JSON', usage);
    try {
      value = JSON.parse(raw.slice(start, end + 1));
    } catch {
      throw new InvalidOutput('reply is not JSON', usage);
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidOutput(`reply does not match the schema: ${parsed.error.issues[0]?.message ?? ''}`, usage);
  return parsed.data;
}
