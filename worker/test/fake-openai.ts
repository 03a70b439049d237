import { chunksOf, type Dialect, id, type Sse, type Written } from './fake-llm-wire.ts';

/**
 * OpenAI Chat Completions as the fake speaks it: the parameters it refuses per model family, a
 * completion's JSON, its streamed chunks and the usage block (reasoning tokens included).
 */

/** GPT-5 and o-series models reason; they refuse `max_tokens`, and older models refuse `reasoning_effort`. */
const reasons = (model: unknown) => typeof model === 'string' && /^(gpt-5|o\d)/.test(model);

export const openai: Dialect = {
  path: '/v1/chat/completions',
  check: (body) => {
    if (body.max_tokens !== undefined && reasons(body.model)) {
      return { refuse: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead." };
    }
    if (body.reasoning_effort !== undefined && !reasons(body.model)) {
      return { refuse: "Unsupported parameter: 'reasoning_effort' is not supported with this model." };
    }
    const limit = body.max_completion_tokens ?? body.max_tokens;
    return { limit: typeof limit === 'number' ? limit : 128_000 };
  },
  error: (status, message) => ({
    error: {
      message,
      type: status === 429 ? 'requests' : status === 400 || status === 401 ? 'invalid_request_error' : 'server_error',
      param: null,
      code: status === 401 ? 'invalid_api_key' : status === 429 ? 'rate_limit_exceeded' : null,
    },
  }),
  json: (written, body, inputTokens) => {
    return {
      id: id('chatcmpl-'),
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: written.text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: written.cut ? 'length' : 'stop',
        },
      ],
      usage: usageBlock(inputTokens, written),
      service_tier: 'default',
      system_fingerprint: null,
    };
  },
  stream: (written, body, inputTokens) => {
    const base = { id: id('chatcmpl-'), object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model };
    const chunk = (delta: Record<string, unknown>, finish: string | null, mark?: Sse['mark']): Sse => ({
      data: JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage: null }),
      ...(mark && { mark }),
    });
    const withUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage;
    return [
      chunk({ role: 'assistant', content: '', refusal: null }, null),
      ...(written.text ? chunksOf(written.text) : []).map((c) => chunk({ content: c }, null, 'text')),
      chunk({}, written.cut ? 'length' : 'stop', 'finish'),
      ...(withUsage ? [{ data: JSON.stringify({ ...base, choices: [], usage: usageBlock(inputTokens, written) }) }] : []),
      { data: '[DONE]' },
    ];
  },
};

function usageBlock(inputTokens: number, written: Written) {
  return {
    prompt_tokens: inputTokens,
    completion_tokens: written.outputTokens,
    total_tokens: inputTokens + written.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: written.thinking,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}
