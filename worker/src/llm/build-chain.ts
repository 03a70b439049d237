import { Provider } from '../../../shared/tailor/schema.ts';
import type { Env } from '../env.ts';
import { anthropicProvider } from './anthropic.ts';
import type { ChainEntry } from './chain.ts';
import { offlineProvider } from './offline.ts';
import { openaiProvider } from './openai.ts';
import type { LlmProvider } from './types.ts';

/** Who asks for a generation, and which providers it tries, in which order, on whose key. */

/** A key the user sent with this request: used for it only, never stored or logged. */
export interface UserKey {
  provider: 'anthropic' | 'openai';
  key: string;
}

export interface GenerationRequest {
  env: Env;
  userId: string;
  requestId: string;
  userKey?: UserKey | undefined;
  /** The provider the client asked for: the chain starts there. */
  requested?: Provider | undefined;
  now: () => Date;
}

function remoteProvider(name: 'anthropic' | 'openai', apiKey: string, env: Env): LlmProvider {
  const options = { apiKey, timeoutMs: env.LLM_TIMEOUT_MS };
  return name === 'anthropic'
    ? anthropicProvider({ ...options, model: env.LLM_ANTHROPIC_MODEL, baseURL: env.ANTHROPIC_BASE_URL })
    : openaiProvider({ ...options, model: env.LLM_OPENAI_MODEL, baseURL: env.OPENAI_BASE_URL });
}

/**
 * The providers to try, in order: LLM_CHAIN, with the requested provider moved first and the
 * user's key (if any) first of all; providers without a key are left out; offline ends it.
 */
export function buildChain(request: GenerationRequest): ChainEntry[] {
  const { env, userKey, requested } = request;
  if (requested === 'offline') return [{ provider: offlineProvider(request.now), userKey: false }];
  let order = env.LLM_CHAIN.split(',')
    .map((name) => Provider.safeParse(name.trim()))
    .flatMap((p) => (p.success ? [p.data] : []));
  const first = (name: Provider | undefined) => {
    if (name) order = [name, ...order.filter((n) => n !== name)];
  };
  first(requested);
  first(userKey?.provider);
  const workerKeys: Record<Provider, string | undefined> = {
    anthropic: env.ANTHROPIC_API_KEY,
    openai: env.OPENAI_API_KEY,
    offline: undefined,
  };
  const chain: ChainEntry[] = [];
  for (const name of new Set(order)) {
    if (name === 'offline') break;
    if (userKey?.provider === name) chain.push({ provider: remoteProvider(name, userKey.key, env), userKey: true });
    else if (workerKeys[name]) chain.push({ provider: remoteProvider(name, workerKeys[name], env), userKey: false });
  }
  chain.push({ provider: offlineProvider(request.now), userKey: false });
  return chain;
}
