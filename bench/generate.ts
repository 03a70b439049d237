import { readFileSync } from 'node:fs';
import { ROOT } from '../scripts/lib/processes.ts';
import { jobFromJsonLd } from '../shared/job/jsonld.ts';
import type { JobCapture } from '../shared/schemas/job.ts';
import { offlineLetterDraft } from '../shared/tailor/cover-letter.ts';
import type { Usage } from '../shared/tailor/schema.ts';
import { offlineResumeDraft } from '../shared/tailor/tailor-resume.ts';
import { sampleCapture } from '../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER, NURSE } from '../shared/testing/sample-profiles.ts';
import { startFakeAnthropic, startFakeOpenAi } from '../worker/test/fake-llm.ts';
import { withInProcessApi } from './in-process-api.ts';
import { measure, type Summary, summarize } from './stats.ts';

type Record = (name: string, summary: Summary, unit?: string) => void;

/** Numbers that are not times: the same percentiles, no throughput. */
function values(list: number[]): Summary {
  return { ...summarize(list, 1), perSecond: 0 };
}

function jobs(): Array<{ name: string; job: JobCapture }> {
  const page = readFileSync(`${ROOT}/e2e/fixtures/pages/acme/jobs/4012345.html`, 'utf8');
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const fixture = jobFromJsonLd(blocks, 'https://acme.example/jobs/4012345');
  if (!fixture) throw new Error('the Acme fixture page has no job');
  const short = sampleCapture({
    title: 'Senior Platform Engineer',
    company: 'Fjord Energy',
    descriptionHtml: '<h3>Requirements</h3><ul><li>5+ years building backend services in Go</li><li>Kafka and PostgreSQL</li></ul>',
  });
  const long = sampleCapture({
    title: 'Senior Platform Engineer',
    company: 'Fjord Energy',
    descriptionHtml: Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: we run Go, Kafka and PostgreSQL on Kubernetes.</p>`).join(
      '',
    ),
  });
  return [
    { name: 'short posting', job: short },
    { name: 'fixture page', job: fixture },
    { name: '20-page posting', job: long },
  ];
}

/**
 * Generation at the worker, in-process (app.request) against its own database and local fakes
 * of the Anthropic and OpenAI APIs (real SDKs, real wire formats; tokens counted from the
 * prompts actually sent, ~4 characters per token). Records cache-hit latency, the worker's own
 * latency for a generation the fake answers at once, and tokens and cost per application
 * (a resume and a cover letter) for each provider's default model.
 */
export async function generateBench(record: Record): Promise<void> {
  const anthropic = await startFakeAnthropic();
  const openai = await startFakeOpenAi();
  try {
    await withInProcessApi(
      {
        ANTHROPIC_API_KEY: 'sk-ant-bench',
        ANTHROPIC_BASE_URL: anthropic.url,
        OPENAI_API_KEY: 'sk-openai-bench',
        OPENAI_BASE_URL: openai.url,
        LLM_DAILY_BUDGET_USD: '1000',
        LLM_RATE_LIMIT_PER_MINUTE: '1000000',
      },
      async ({ call, signUp, database }) => {
        // A user of its own per measurement, so one's cache does not serve the other's requests.
        const session = async () => {
          const token = await signUp();
          return async (path: string, body: unknown) =>
            (await call(`/v1/generate/${path}`, { method: 'POST', body: JSON.stringify(body) }, token)) as {
              usage: Usage;
              document: { provider: string };
            };
        };
        const now = new Date();
        // The fakes answer with what the offline generator writes: a realistic size for a reply.
        const replyFor = (profile: typeof NURSE, job: JobCapture) => ({
          resume: { kind: 'json' as const, value: offlineResumeDraft(profile, job, now) },
          letter: { kind: 'json' as const, value: offlineLetterDraft(profile, job, now) },
        });

        const [first] = jobs();
        if (!first) throw new Error('no jobs');
        const input = { profile: BACKEND_ENGINEER, job: first.job };
        const post = await session();
        anthropic.fallback = replyFor(BACKEND_ENGINEER, first.job).resume;
        await post('resume', input);
        record(
          `generate: POST /v1/generate/resume, cache hit (in-process, ${database})`,
          await measure(200, 1, async () => {
            const body = await post('resume', input);
            if (!body.usage.cached) throw new Error('expected a cache hit');
          }),
        );
        let n = 0;
        record(
          `generate: POST /v1/generate/resume, cache miss, fake provider answers at once (in-process, ${database})`,
          await measure(
            50,
            1,
            async () => void (await post('resume', { ...input, job: { ...first.job, title: `Platform Engineer ${n++}` } })),
          ),
        );

        anthropic.fallback = { kind: 'status', status: 500 };
        for (const [provider, fake] of [
          ['anthropic', anthropic],
          ['openai', openai],
        ] as const) {
          const inputTokens: number[] = [];
          const outputTokens: number[] = [];
          const costs: number[] = [];
          let model = '';
          const apply = await session();
          for (const profile of [BACKEND_ENGINEER, NURSE]) {
            for (const { job } of jobs()) {
              const replies = replyFor(profile, job);
              fake.script(replies.resume, replies.letter);
              const body = { profile, job, provider };
              const resume = await apply('resume', body);
              const letter = await apply('cover-letter', body);
              for (const r of [resume, letter]) {
                if (r.document.provider !== provider) console.error(`  generate bench: ${provider} fell back to ${r.document.provider}`);
              }
              model = resume.usage.model;
              inputTokens.push(resume.usage.inputTokens + letter.usage.inputTokens);
              outputTokens.push(resume.usage.outputTokens + letter.usage.outputTokens);
              costs.push((resume.usage.costUsd + letter.usage.costUsd) * 1000);
            }
          }
          record(`generate: input tokens per application (resume + letter), ${provider} ${model}`, values(inputTokens), 'tokens');
          record(`generate: output tokens per application (resume + letter), ${provider} ${model}`, values(outputTokens), 'tokens');
          record(`generate: cost per 1,000 applications, ${provider} ${model}`, values(costs), 'USD');
        }
      },
    );
  } finally {
    await anthropic.close();
    await openai.close();
  }
}
