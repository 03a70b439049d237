/** What a remote provider (anthropic.ts, openai.ts) is made with. */
export interface ProviderOptions {
  apiKey: string;
  model: string;
  baseURL?: string | undefined;
  timeoutMs: number;
}

/** The settings of either SDK's client (Anthropic's, OpenAI's). */
export function sdkOptions(options: ProviderOptions) {
  return {
    apiKey: options.apiKey,
    baseURL: options.baseURL || null,
    // The chain owns retries and timeouts, so one policy applies to every provider.
    maxRetries: 0,
    timeout: options.timeoutMs,
    logLevel: 'off' as const,
  };
}
