/** Generation's fallback chain: retries, timeouts, malformed output and fabricated drafts move to the next provider. */
import { describe, expect, it } from 'vitest';
import type { CoverLetter, ResumeDraft, TailoredResume } from '../../shared/tailor/schema.ts';
import { callRows, generateApiPerFile, type Result } from './generate-api.ts';
import { signUp, withSql } from './harness.ts';
import { input, LETTER, RESUME } from './sample-drafts.ts';

const { anthropic, openai, post, resume, api } = generateApiPerFile();

const INVENTED_EMPLOYER: ResumeDraft = {
  ...RESUME,
  experience: [{ index: 0, bullets: [{ text: 'Led the platform team at Google', reason: '' }] }],
};
const INFLATED_NUMBER: ResumeDraft = {
  ...RESUME,
  experience: [{ index: 0, bullets: [{ text: 'Ran PostgreSQL and Kafka serving 30 million users', reason: '' }] }],
};
const ADDED_SKILL: ResumeDraft = { ...RESUME, skills: [...RESUME.skills, 'Rust'] };

describe('generate: fallback chain', () => {
  it('retries a 500 once, then moves to the next provider', async () => {
    const { token, user } = await signUp(api());
    anthropic.script({ kind: 'status', status: 500 }, { kind: 'status', status: 529, message: 'Overloaded' });
    openai.script({ kind: 'json', value: RESUME });
    const body = await resume(token);
    expect(body.document.provider).toBe('openai');
    expect(body.fellBackFrom).toEqual(['anthropic']);
    expect(anthropic.requests).toHaveLength(2);
    expect((await callRows(user.id)).map((r) => `${r.provider}:${r.outcome}`)).toEqual(['anthropic:error', 'anthropic:error', 'openai:ok']);
  });

  it('recovers when the retry succeeds (429 then a reply)', async () => {
    const { token } = await signUp(api());
    anthropic.script({ kind: 'status', status: 429, message: 'rate limited' }, { kind: 'json', value: RESUME });
    const body = await resume(token);
    expect(body.document.provider).toBe('anthropic');
    expect(body.fellBackFrom).toEqual([]);
  });

  it('gives up on a provider that hangs after the timeout and one retry', async () => {
    const { token } = await signUp(api());
    anthropic.script({ kind: 'hang' }, { kind: 'hang' });
    openai.script({ kind: 'json', value: RESUME });
    const started = Date.now();
    const body = await resume(token);
    expect(body.document.provider).toBe('openai');
    expect(body.fellBackFrom).toEqual(['anthropic']);
    expect(anthropic.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('moves on from malformed JSON and from output that does not match the schema, without retrying', async () => {
    const { token } = await signUp(api());
    anthropic.script({ kind: 'text', text: '{"summary": "Backend engineer", "skills": [' });
    openai.script({ kind: 'json', value: { summary: 'x', skills: 'Go', experience: [] } });
    const body = await resume(token);
    expect(body.document.provider).toBe('offline');
    expect(body.fellBackFrom).toEqual(['anthropic', 'openai']);
    expect(anthropic.requests).toHaveLength(1);
    expect(openai.requests).toHaveLength(1);
  });

  it.each([
    ['an invented employer', INVENTED_EMPLOYER, 'Google'],
    ['an inflated number', INFLATED_NUMBER, '30 million'],
    ['an added skill', ADDED_SKILL, 'Rust'],
  ])('never returns a resume with %s: the next provider or offline answers', async (_, fabricated, claim) => {
    const { token, user } = await signUp(api());
    anthropic.script({ kind: 'json', value: fabricated });
    openai.script({ kind: 'json', value: fabricated });
    const res = await post('resume', token, input);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Result<TailoredResume>;
    expect(JSON.stringify(body.document)).not.toContain(claim);
    expect(body.document.provider).toBe('offline');
    // Both refused drafts are reported, each with the claim that sank it; `unsupported` lists their claims.
    expect(body.refused.map((r) => [r.provider, r.document])).toEqual([
      ['anthropic', 'resume'],
      ['openai', 'resume'],
    ]);
    for (const r of body.refused) expect(r.claims.map((c) => c.text).join(' ')).toContain(claim);
    expect(body.unsupported).toEqual(body.refused.flatMap((r) => r.claims));
    expect(body.fellBackFrom).toEqual(['anthropic', 'openai']);
    expect((await callRows(user.id)).map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'ok']);
    const cached = await withSql((sql) => sql`select count(*)::int as n from llm_cache where user_id = ${user.id}`);
    expect(cached[0]?.n).toBe(0);
  });

  it('rejects a cover letter that claims another employer and uses the next provider', async () => {
    const { token } = await signUp(api());
    anthropic.script({
      kind: 'json',
      value: { ...LETTER, paragraphs: [...LETTER.paragraphs, 'I also spent three years as a Staff Engineer at Stripe.'] },
    });
    openai.script({ kind: 'json', value: LETTER });
    const res = await post('cover-letter', token, input);
    const body = (await res.json()) as Result<CoverLetter>;
    expect(JSON.stringify(body.document)).not.toContain('Stripe');
    expect(body.document.provider).toBe('openai');
    expect(body.refused).toEqual([
      {
        provider: 'anthropic',
        model: expect.any(String),
        document: 'cover-letter',
        claims: expect.arrayContaining([expect.objectContaining({ kind: 'employer', text: 'Stripe' })]),
      },
    ]);
  });
});
