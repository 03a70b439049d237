import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CoverLetter, RefusedDraft, TailoredResume, UnsupportedClaim } from '../../shared/tailor/schema.ts';
import { type DraftCase, draftFor, ENGINEER, FAITHFUL, INVENTED, JOB, NOW } from '../../shared/testing/adversarial-drafts.ts';
import { fakeLlmsPerFile, json, signUp, type TestApi, testApi } from './harness.ts';

/**
 * The adversarial suite through the real provider code: each draft is what the fake Anthropic
 * server answers (the real SDK, structured output, the worker's chain and verifier); an invented
 * fact must never reach the user, and the refusal says which draft claimed what.
 */

interface Result {
  document: TailoredResume | CoverLetter;
  unsupported: UnsupportedClaim[];
  refused: RefusedDraft[];
  fellBackFrom: string[];
}

const { anthropic, vars } = fakeLlmsPerFile();
let api: TestApi;
let token: string;

beforeAll(async () => {
  // The verifier counts years of experience from the clock: the suite's drafts are written for NOW.
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  api = testApi(vars({ LLM_CHAIN: 'anthropic,offline', LLM_TIMEOUT_MS: '2000', LLM_DAILY_BUDGET_USD: '1000' }));
  ({ token } = await signUp(api));
});
afterAll(() => {
  vi.useRealTimers();
});

let n = 0;
async function generate(c: DraftCase): Promise<Result> {
  anthropic.script({ kind: 'json', value: draftFor(c) });
  // Each case its own job address, so no case is served another's cached document.
  const job = { ...(c.job ?? JOB), url: `${(c.job ?? JOB).url}?case=${++n}`, dedupeKey: `adversarial-${n}` };
  const res = await api.request(
    `/v1/generate/${c.document === 'letter' ? 'cover-letter' : 'resume'}`,
    json({ profile: ENGINEER, job }, token),
  );
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Result;
}

describe('the adversarial suite against the worker and the fake Anthropic API', () => {
  it.each(INVENTED.map((c) => [`${c.document}: ${c.name}`, c] as const))('refuses %s', async (_, c) => {
    const result = await generate(c);
    expect(result.document.provider, c.text).toBe('offline');
    expect(result.fellBackFrom).toEqual(['anthropic']);
    const [refused] = result.refused;
    expect(refused).toMatchObject({ provider: 'anthropic', document: c.document === 'letter' ? 'cover-letter' : 'resume' });
    for (const kind of c.refuse) expect(refused?.claims.map((x) => x.kind)).toContain(kind);
    // `unsupported` describes the refused draft; the document the user gets does not contain it.
    expect(result.unsupported).toEqual(refused?.claims);
    const where =
      typeof c.at === 'object'
        ? (result.document as TailoredResume).experience.find((e) => e.index === (c.at as { role: number }).role)
        : result.document;
    expect(JSON.stringify(where)).not.toContain(c.text);
  });

  it('accepts the faithful drafts, as Anthropic wrote them', async () => {
    const accepted: string[] = [];
    for (const c of FAITHFUL) {
      const result = await generate(c);
      if (result.document.provider === 'anthropic' && result.refused.length === 0) accepted.push(c.name);
    }
    expect(accepted.length / FAITHFUL.length).toBeGreaterThanOrEqual(0.95);
  });
});
