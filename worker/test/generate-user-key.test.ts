/** The user's own provider key: used for that request only and kept out of the database, logs and responses. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateApiPerFile } from './generate-api.ts';
import { signUp, withSql } from './harness.ts';
import { input, job, RESUME } from './sample-drafts.ts';

const { anthropic, openai, post, api } = generateApiPerFile();

describe("generate: the user's own key", () => {
  const userKey = 'sk-user-7f3a9c1e5b2d4f6a8c0e-SECRET';
  const logged: string[] = [];

  beforeEach(() => {
    logged.length = 0;
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('is used first for that request only and appears nowhere in the database, logs or responses', async () => {
    const { token, user } = await signUp(api());
    // The provider rejects it, echoing it as real APIs do; then a good call with it.
    openai.script({ kind: 'status', status: 401, message: `Incorrect API key provided: ${userKey}` }, { kind: 'json', value: RESUME });
    anthropic.script({ kind: 'json', value: RESUME });
    const headers = { 'x-provider': 'openai', 'x-provider-key': userKey };
    const failed = await post('resume', token, input, headers);
    const failedText = await failed.text();
    expect(failed.status).toBe(200);
    expect(JSON.parse(failedText)).toMatchObject({ fellBackFrom: ['openai'], document: { provider: 'anthropic' } });
    const ok = await post('resume', token, { ...input, job: { ...job, title: 'Backend Engineer' } }, headers);
    const okText = await ok.text();
    expect(JSON.parse(okText)).toMatchObject({ document: { provider: 'openai' } });
    expect(openai.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${userKey}`, `Bearer ${userKey}`]);
    // The next request without it uses the worker's key again.
    openai.script({ kind: 'json', value: RESUME });
    await post('resume', token, { ...input, provider: 'openai', job: { ...job, title: 'Go Engineer' } });
    expect(openai.requests.at(-1)?.headers.authorization).toBe('Bearer sk-openai-worker-key');

    const secretPart = userKey.slice(8, 28);
    for (const text of [failedText, okText, ...logged]) expect(text).not.toContain(secretPart);
    const dump = await withSql(async (sql) => {
      const tables = await sql`select table_name from information_schema.tables where table_schema = 'public'`;
      const texts: string[] = [];
      for (const { table_name } of tables) {
        const rows = await sql`select row_to_json(t)::text as row from ${sql(table_name as string)} t`;
        texts.push(...rows.map((r) => r.row as string));
      }
      return texts.join('\n');
    });
    expect(dump).toContain(user.id);
    expect(dump).not.toContain(secretPart);
    const rows = await withSql(
      (sql) =>
        sql`select user_key from llm_calls where user_id = ${user.id} and provider = 'openai' and outcome <> 'requested' order by created_at`,
    );
    expect(rows.map((r) => r.user_key)).toEqual([true, true, false]);
  });
});
