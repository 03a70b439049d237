import { describe, expect, it } from 'vitest';
import type { WritersResponse } from '../../shared/api/writers.ts';
import { signUp, testApi, withSql } from './harness.ts';

/** GET /v1/account/writers tells the panel whether to offer the AI writer, before the user asks for a document. */
async function writers(api: ReturnType<typeof testApi>, token: string) {
  const res = await api.request('/v1/account/writers', { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as WritersResponse;
}

describe('the writers an account may use', () => {
  it('a server without provider keys has none, and says so', async () => {
    const api = testApi({ ANTHROPIC_API_KEY: '', OPENAI_API_KEY: '' });
    const { token } = await signUp(api);
    expect(await writers(api, token)).toEqual({ models: [], available: false, reason: expect.stringMatching(/no AI model/) });
  });

  it("an unconfirmed account may not use the operator's models, a confirmed one may", async () => {
    const keys = { ANTHROPIC_API_KEY: 'sk-ant-operator', OPENAI_API_KEY: '', LLM_ALLOW_UNVERIFIED: 'false' };
    const api = testApi(keys);
    const { token, user } = await signUp(api);
    const before = await writers(api, token);
    expect(before).toMatchObject({
      models: [{ provider: 'anthropic' }],
      available: false,
      reason: expect.stringMatching(/Confirm your email/),
    });
    await withSql((sql) => sql`update users set email_verified_at = now() where id = ${user.id}`);
    expect(await writers(api, token)).toMatchObject({ models: [{ provider: 'anthropic' }], available: true, reason: null });
  });

  it('needs a session', async () => {
    expect((await testApi().request('/v1/account/writers')).status).toBe(401);
  });
});
