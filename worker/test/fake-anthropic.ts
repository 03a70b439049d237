import { chunksOf, type Dialect, id, type Sse } from './fake-llm-wire.ts';

/**
 * The Anthropic Messages API as the fake speaks it: its error types, the thinking it refuses for
 * Claude 5.x, a message's JSON and its server-sent events (thinking block first).
 */

const ANTHROPIC_ERRORS: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  529: 'overloaded_error',
};

/** Claude 5.x models think adaptively and refuse the older `{ type: 'enabled', budget_tokens }`. */
const adaptiveOnly = (model: unknown) => typeof model === 'string' && /^claude-[a-z]+-5/.test(model);

const thinkingSummary = (body: Record<string, unknown>) =>
  (body.thinking as { display?: string } | undefined)?.display === 'summarized' ? 'Matching the profile to the posting.' : '';

export const anthropic: Dialect = {
  path: '/v1/messages',
  check: (body) => {
    if (typeof body.max_tokens !== 'number') return { refuse: 'max_tokens: Field required' };
    const thinking = body.thinking as { type?: string; budget_tokens?: number } | undefined;
    if (thinking?.type === 'enabled' && adaptiveOnly(body.model)) {
      return {
        refuse: `"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.`,
      };
    }
    if (thinking?.type === 'enabled' && (thinking.budget_tokens ?? 0) >= body.max_tokens) {
      return { refuse: '`max_tokens` must be greater than `thinking.budget_tokens`.' };
    }
    return { limit: body.max_tokens };
  },
  error: (status, message) => ({
    type: 'error',
    error: { type: ANTHROPIC_ERRORS[status] ?? 'api_error', message },
    request_id: id('req_'),
  }),
  json: (written, body, inputTokens) => {
    const thinking = written.thinking ? [{ type: 'thinking', thinking: thinkingSummary(body), signature: `sig_${id('')}` }] : [];
    return {
      id: id('msg_'),
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [...thinking, { type: 'text', text: written.text, citations: null }],
      stop_reason: written.cut ? 'max_tokens' : 'end_turn',
      stop_sequence: null,
      stop_details: null,
      container: null,
      usage: {
        input_tokens: inputTokens,
        output_tokens: written.outputTokens,
        output_tokens_details: { thinking_tokens: written.thinking },
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        cache_creation: null,
        server_tool_use: null,
        service_tier: 'standard',
      },
    };
  },
  stream: (written, body, inputTokens) => {
    const ev = (event: string, data: unknown, mark?: Sse['mark']): Sse => ({ event, data: JSON.stringify(data), ...(mark && { mark }) });
    const summary = thinkingSummary(body);
    const thinking = written.thinking
      ? [
          ev('content_block_start', {
            type: 'content_block_start',
            index: 0,
            content_block: { type: 'thinking', thinking: '', signature: '' },
          }),
          ...(summary
            ? [ev('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: summary } })]
            : []),
          ev('content_block_delta', {
            type: 'content_block_delta',
            index: 0,
            delta: { type: 'signature_delta', signature: `sig_${id('')}` },
          }),
          ev('content_block_stop', { type: 'content_block_stop', index: 0 }),
        ]
      : [];
    const index = thinking.length > 0 ? 1 : 0;
    return [
      ev('message_start', {
        type: 'message_start',
        message: {
          id: id('msg_'),
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: inputTokens, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
        },
      }),
      ev('ping', { type: 'ping' }),
      ...thinking,
      ev('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '', citations: null } }),
      ...(written.text ? chunksOf(written.text) : []).map((chunk) =>
        ev('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: chunk } }, 'text'),
      ),
      ev('content_block_stop', { type: 'content_block_stop', index }),
      ev(
        'message_delta',
        {
          type: 'message_delta',
          delta: { stop_reason: written.cut ? 'max_tokens' : 'end_turn', stop_sequence: null },
          usage: { output_tokens: written.outputTokens },
        },
        'finish',
      ),
      ev('message_stop', { type: 'message_stop' }),
    ];
  },
};
