/** What the generation tests share: the fake models, the app pointed at them, the calls they make and the rows they check. */
import { beforeAll, expect } from 'vitest';
import type { RefusedDraft, TailoredResume, UnsupportedClaim, Usage } from '../../shared/tailor/schema.ts';
import { fakeLlmsPerFile, json, type TestApi, testApi, withSql } from './harness.ts';
import { input } from './sample-drafts.ts';

/** A generation's answer: the document and what it took to write it. */
export interface Result<D> {
  document: D;
  usage: Usage;
  unsupported: UnsupportedClaim[];
  refused: RefusedDraft[];
  fellBackFrom: string[];
}

/**
 * For a test file that calls this at its top: the fake models (fakeLlmsPerFile) and, from the
 * file's first test on, `api()` the app pointed at them with a 300 ms model timeout and `vars()`
 * its variables, for a test that builds an app of its own with other limits.
 */
export function generateApiPerFile() {
  const { anthropic, openai, vars: fakeVars } = fakeLlmsPerFile();
  let api: TestApi;
  let vars: Record<string, string>;

  beforeAll(() => {
    vars = fakeVars({ LLM_TIMEOUT_MS: '300' });
    api = testApi(vars);
  });

  async function post(path: string, token: string, body: unknown, headers: Record<string, string> = {}, via = api) {
    const init = json(body, token);
    return via.request(`/v1/generate/${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
  }

  async function resume(token: string, body: unknown = input, headers?: Record<string, string>) {
    const res = await post('resume', token, body, headers);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Result<TailoredResume>;
  }

  return { anthropic, openai, post, resume, api: () => api, vars: () => vars };
}

/** The user's finished model calls, in the order they were made, as llm_calls records them. */
export async function callRows(userId: string) {
  return withSql(
    (sql) =>
      sql`select provider, outcome, input_tokens, output_tokens, cost_usd, cached from llm_calls where user_id = ${userId} and outcome <> 'requested' order by created_at, id`,
  );
}
