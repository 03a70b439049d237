import type { Provider } from './schema.ts';

/** How a document is written: at `now`, from a model's draft when one is given (else the offline draft), by that provider and model. */
export interface WriteOptions<Draft> {
  now: Date;
  draft?: Draft;
  provider?: Provider;
  model?: string;
}

/** The writer a document names: the provider and model of its draft, else Jobsmith's offline writer. */
export function writerOf(options: WriteOptions<unknown>): { provider: Provider; model: string } {
  return { provider: options.provider ?? 'offline', model: options.model ?? 'jobsmith-offline-1' };
}
