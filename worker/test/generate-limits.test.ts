/** Generation's limits: the daily budget (and the user's own key past it) and the per-minute rate limit. */
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import type { CoverLetter } from '../../shared/tailor/schema.ts';
import { generateApiPerFile, type Result } from './generate-api.ts';
import { signUp, testApi } from './harness.ts';
import { input, job, LETTER, RESUME } from './sample-drafts.ts';

const { anthropic, openai, post, vars } = generateApiPerFile();

describe('generate: limits', () => {
  it('refuses with 429 and Retry-After when the daily budget is spent; offline still works', async () => {
    const tight = testApi({ ...vars(), LLM_DAILY_BUDGET_USD: '0.0001' });
    const { token } = await signUp(tight);
    anthropic.script({ kind: 'json', value: RESUME });
    expect((await post('resume', token, input, {}, tight)).status).toBe(200);
    const refused = await post('cover-letter', token, input, {}, tight);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.code).toBe('budget_exceeded');
    expect(body.error.requestId).toMatch(/.+/);
    expect(anthropic.requests).toHaveLength(1);
    expect((await post('cover-letter', token, { ...input, provider: 'offline' }, {}, tight)).status).toBe(200);
  });

  it("past the daily budget, the user's own key still writes, and the worker's keys are not used", async () => {
    const tight = testApi({ ...vars(), LLM_DAILY_BUDGET_USD: '0.0001' });
    const { token } = await signUp(tight);
    anthropic.script({ kind: 'json', value: RESUME });
    expect((await post('resume', token, input, {}, tight)).status).toBe(200);
    expect((await post('cover-letter', token, input, {}, tight)).status).toBe(429);
    // The user's key fails: the chain goes to offline, not to the worker's Anthropic key.
    openai.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'json', value: LETTER });
    const headers = { 'x-provider': 'openai', 'x-provider-key': 'sk-user-own-key' };
    const failed = (await (await post('cover-letter', token, input, headers, tight)).json()) as Result<CoverLetter>;
    expect(failed.document.provider).toBe('offline');
    const written = (await (
      await post('cover-letter', token, { ...input, job: { ...job, title: 'Go Engineer' } }, headers, tight)
    ).json()) as Result<CoverLetter>;
    expect(written.document.provider).toBe('openai');
    expect(anthropic.requests).toHaveLength(1);
  });

  it('limits generation requests per minute, offline ones included', async () => {
    const limited = testApi({ ...vars(), LLM_RATE_LIMIT_PER_MINUTE: '3' });
    const { token } = await signUp(limited);
    for (let i = 0; i < 3; i++) expect((await post('resume', token, { ...input, provider: 'offline' }, {}, limited)).status).toBe(200);
    const refused = await post('resume', token, { ...input, provider: 'offline' }, {}, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('rate_limited');
  });

  it('holds under a burst of parallel requests', async () => {
    const limited = testApi({ ...vars(), LLM_RATE_LIMIT_PER_MINUTE: '3' });
    const { token } = await signUp(limited);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () => post('resume', token, { ...input, provider: 'offline' }, {}, limited).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});
