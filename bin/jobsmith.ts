#!/usr/bin/env node
// The `jobsmith` command line: the same code the extension runs, on files.
//   jobsmith extract <page.html> --url <original-url>   prints the job on a saved page as one JSON line
//   jobsmith parse-resume <file.pdf|file.docx>          prints the draft profile read from a resume
//   jobsmith match --profile <p.json> --jobs <j.jsonl>  prints one JSON line per job: its score and why
//   jobsmith board <careers-or-board-url>               prints the open jobs of a company's ATS board (or a public feed),
//                   [--api-base URL] [--company NAME]   one JSON line each, as `extract` does
//   jobsmith tailor --profile <p.json> --job <j.json> --out <file.pdf> [--provider offline|anthropic|openai]
//                   [--cover-letter <letter.pdf>]      writes the tailored resume PDF and prints a JSON summary
//                   (a model's draft is used only when it passes the truthfulness check; else offline)
import { readFileSync, writeFileSync } from 'node:fs';
import type { ParseArgsOptionsConfig } from 'node:util';
import { parseHTML } from 'linkedom';
import type { z } from 'zod';
import { importProfileFile } from '../extension/profile/import-file.ts';
import { nodePdfJs } from '../extension/profile/node-pdfjs.ts';
import { extractJob } from '../extension/sites/registry.ts';
import { nodeFonts } from '../extension/tailor/node-fonts.ts';
import { newId } from '../shared/ids.ts';
import { createMatcher } from '../shared/match/score.ts';
import { loadTaxonomy } from '../shared/match/taxonomy.ts';
import { readTaxonomyFile } from '../shared/match/taxonomy-file.ts';
import { renderCoverLetterPdf, renderResumePdf } from '../shared/pdf/render.ts';
import { ResumeError } from '../shared/resume/text-items.ts';
import { JobCapture } from '../shared/schemas/job.ts';
import { Profile, ProfileDraft } from '../shared/schemas/profile.ts';
import { writeCoverLetter } from '../shared/tailor/cover-letter.ts';
import { LetterDraft, Provider, type RefusedDraft, ResumeDraft, type UnsupportedClaim } from '../shared/tailor/schema.ts';
import { tailorResume } from '../shared/tailor/tailor-resume.ts';
import { verifyLetter, verifyResume } from '../shared/tailor/verify.ts';
import { EnvSchema } from '../worker/src/env.ts';
import { anthropicProvider } from '../worker/src/llm/anthropic.ts';
import { openaiProvider } from '../worker/src/llm/openai.ts';
import { costUsd } from '../worker/src/llm/prices.ts';
import { buildPrompt } from '../worker/src/llm/prompts.ts';
import { type ParsedArgs, readArgs } from './args.ts';
import { BOARD_USAGE, boardCommand } from './board.ts';

const COMMANDS = {
  extract: 'jobsmith extract <page.html> --url <original-url>',
  'parse-resume': 'jobsmith parse-resume <file.pdf|file.docx>',
  match: 'jobsmith match --profile <profile.json> --jobs <jobs.jsonl>',
  board: BOARD_USAGE,
  tailor:
    'jobsmith tailor --profile <profile.json> --job <job.json> --out <resume.pdf> [--provider offline|anthropic|openai] [--cover-letter <letter.pdf>]',
};
type Command = keyof typeof COMMANDS;

const USAGE = Object.values(COMMANDS)
  .map((line, i) => `${i === 0 ? 'usage: ' : '       '}${line}`)
  .join('\n');

function fail(message: string, code: number): never {
  process.stderr.write(`jobsmith: ${message}\n`);
  process.exit(code);
}

/** The command's arguments (at most `most` positionals), or exit 64 with what is wrong and the command's usage, in one line. */
function argsOf<O extends ParseArgsOptionsConfig>(command: Command, args: string[], options: O, most = 0): ParsedArgs<O> {
  const read = readArgs(args, options, most);
  if (!read.ok) fail(`${read.error}; usage: ${COMMANDS[command]}`, 64);
  return read.args;
}

/** The arguments the command cannot do without (parseArgs has no required options), each named as the usage names it. */
function required<K extends string>(command: Command, given: Record<K, string | undefined>): Record<K, string> {
  for (const [name, value] of Object.entries<string | undefined>(given)) {
    if (!value) fail(`missing ${name}; usage: ${COMMANDS[command]}`, 64);
  }
  return given as Record<K, string>;
}

function extract(args: string[]) {
  const { values, positionals } = argsOf('extract', args, { url: { type: 'string' } }, 1);
  const { '<page.html>': file, '--url': url } = required('extract', { '<page.html>': positionals[0], '--url': values.url });
  try {
    new URL(url);
  } catch {
    fail(`--url must be the page's original address, not "${url}"`, 64);
  }
  const html = readOrFail(file).toString('utf8');
  // Adapters log and move on when markup surprises them; keep stdout for the JSON.
  console.warn = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
  const { document } = parseHTML(html);
  const job = extractJob(document as unknown as Document, url);
  if (!job) fail(`no job found in ${file}`, 2);
  // One line, with an id, so that `extract ... >> jobs.jsonl` builds the input of `match`.
  process.stdout.write(`${JSON.stringify({ id: newId(), ...job })}\n`);
}

function readOrFail(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, 66);
  }
}

async function parseResumeCommand(args: string[]) {
  const { positionals } = argsOf('parse-resume', args, {}, 1);
  const { '<file.pdf|file.docx>': file } = required('parse-resume', { '<file.pdf|file.docx>': positionals[0] });
  try {
    const draft = await importProfileFile({ name: file, bytes: new Uint8Array(readOrFail(file)) }, async () => nodePdfJs);
    for (const warning of draft.warnings) process.stderr.write(`jobsmith: ${warning}\n`);
    process.stdout.write(`${JSON.stringify(draft.profile, null, 2)}\n`);
  } catch (error) {
    if (error instanceof ResumeError) fail(error.message, 2);
    throw error;
  }
}

/** A profile file: a saved profile (with sync fields) or a draft as parse-resume prints it. */
function readProfile(file: string): ProfileDraft {
  try {
    const json = JSON.parse(readOrFail(file).toString('utf8'));
    const asSaved = Profile.safeParse(json);
    return ProfileDraft.parse(asSaved.success ? asSaved.data : json);
  } catch (error) {
    fail(`${file} is not a profile: ${error instanceof Error ? error.message.split('\n')[0] : error}`, 65);
  }
}

function match(args: string[]) {
  const { values } = argsOf('match', args, { profile: { type: 'string' }, jobs: { type: 'string' } });
  const { '--profile': profileFile, '--jobs': jobsFile } = required('match', { '--profile': values.profile, '--jobs': values.jobs });
  const profile = readProfile(profileFile);
  const score = createMatcher(profile, new Date());
  const lines = readOrFail(jobsFile).toString('utf8').split('\n');
  let bad = 0;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let id: unknown = null;
    try {
      const json = JSON.parse(line) as { id?: unknown };
      id = json.id ?? null;
      const job = JobCapture.parse(json);
      const result = score(job);
      process.stdout.write(
        `${JSON.stringify({ id, score: result.score, breakdown: result.breakdown, matched: result.matched, missing: result.missing, knockouts: result.knockouts, ats: result.ats })}\n`,
      );
    } catch (error) {
      bad++;
      process.stderr.write(
        `jobsmith: ${jobsFile}:${index + 1}: not a job (${error instanceof Error ? error.message.split('\n')[0] : error})\n`,
      );
      process.stdout.write(`${JSON.stringify({ id, error: 'not a job' })}\n`);
    }
  });
  if (bad > 0) process.exitCode = 1;
}

/** The worker's provider code, with keys and addresses from the environment (ANTHROPIC_API_KEY, OPENAI_API_KEY, *_BASE_URL). */
function modelFor(name: 'anthropic' | 'openai') {
  const key = process.env[name === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY'];
  if (!key) fail(`--provider ${name} needs ${name === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY'} in the environment`, 64);
  const variable = name === 'anthropic' ? 'LLM_ANTHROPIC_MODEL' : 'LLM_OPENAI_MODEL';
  const options = {
    apiKey: key,
    // The worker's defaults, read from its env schema rather than repeated here.
    model: EnvSchema.shape[variable].parse(process.env[variable] || undefined),
    baseURL: process.env[name === 'anthropic' ? 'ANTHROPIC_BASE_URL' : 'OPENAI_BASE_URL'],
    timeoutMs: 60_000,
  };
  return { provider: name === 'anthropic' ? anthropicProvider(options) : openaiProvider(options) };
}

async function tailor(args: string[]) {
  const { values } = argsOf('tailor', args, {
    profile: { type: 'string' },
    job: { type: 'string' },
    out: { type: 'string' },
    provider: { type: 'string', default: 'offline' },
    'cover-letter': { type: 'string' },
  });
  const {
    '--profile': profileFile,
    '--job': jobFile,
    '--out': out,
  } = required('tailor', { '--profile': values.profile, '--job': values.job, '--out': values.out });
  const letterOut = values['cover-letter'];
  const provider = Provider.safeParse(values.provider);
  if (!provider.success) fail(`--provider must be offline, anthropic or openai`, 64);
  const model = provider.data === 'offline' ? null : modelFor(provider.data);
  const profile = readProfile(profileFile);
  let job: JobCapture;
  try {
    // One line of `jobsmith extract` output, or a job as the extension stores it.
    job = JobCapture.parse(JSON.parse(readOrFail(jobFile).toString('utf8')));
  } catch (error) {
    fail(`${jobFile} is not a job: ${error instanceof Error ? error.message.split('\n')[0] : error}`, 65);
  }
  const started = performance.now();
  const now = new Date();
  const fonts = await nodeFonts();
  const fellBack: string[] = [];
  const usage = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
  const refused: RefusedDraft[] = [];
  /** A model's draft, accepted only when the verifier finds nothing the profile does not support (`claims` says what it found). */
  async function drafted<T>(
    task: 'resume' | 'cover-letter',
    schema: z.ZodType<T>,
    claims: (draft: T) => UnsupportedClaim[],
  ): Promise<T | undefined> {
    if (!model) return undefined;
    try {
      const { data, usage: used } = await model.provider.generate(
        task,
        buildPrompt(task, { profile, job }),
        schema,
        AbortSignal.timeout(60_000),
      );
      usage.inputTokens += used.inputTokens;
      usage.outputTokens += used.outputTokens;
      usage.costUsd += costUsd(model.provider.name, model.provider.model, used);
      const found = claims(data);
      if (found.length === 0) return data;
      refused.push({ provider: model.provider.name, model: model.provider.model, document: task, claims: found });
    } catch (error) {
      fellBack.push(
        `${task}: ${model.provider.name} failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); made offline instead`,
      );
    }
    return undefined;
  }
  const meta = (draft: unknown) => (draft && model ? { provider: model.provider.name, model: model.provider.model } : {});
  const resumeDraft = await drafted('resume', ResumeDraft, (d) =>
    verifyResume(profile, tailorResume(profile, job, { now, draft: d }), now),
  );
  const { bytes, resume } = await renderResumePdf(tailorResume(profile, job, { now, draft: resumeDraft, ...meta(resumeDraft) }), fonts);
  writeFileSync(out, bytes);
  const summary: Record<string, unknown> = {
    out,
    bytes: bytes.byteLength,
    provider: resume.provider,
    model: resume.model,
    skills: resume.skills.slice(0, 10),
    experience: resume.experience.map((e) => ({ employer: e.employer, title: e.title, bullets: e.bullets.length })),
    changes: resume.changes,
    // What the refused drafts claimed (the document written has no such claim; the verifier ran on it too).
    unsupported: [...verifyResume(profile, resume, now), ...refused.filter((r) => r.document === 'resume').flatMap((r) => r.claims)],
  };
  if (letterOut) {
    const letterDraft = await drafted('cover-letter', LetterDraft, (d) =>
      verifyLetter(profile, job, writeCoverLetter(profile, job, { now, draft: d }), now),
    );
    const letter = writeCoverLetter(profile, job, { now, draft: letterDraft, ...meta(letterDraft) });
    const letterBytes = await renderCoverLetterPdf(letter, fonts, now);
    writeFileSync(letterOut, letterBytes);
    summary.coverLetter = {
      out: letterOut,
      bytes: letterBytes.byteLength,
      provider: letter.provider,
      model: letter.model,
      unsupported: [
        ...verifyLetter(profile, job, letter, now),
        ...refused.filter((r) => r.document === 'cover-letter').flatMap((r) => r.claims),
      ],
    };
  }
  if (model) summary.usage = { ...usage, costUsd: Math.round(usage.costUsd * 1e6) / 1e6 };
  // Each refused draft with what it claimed, so a script can show why a document was made offline.
  if (refused.length) summary.refused = refused;
  if (fellBack.length) summary.fellBack = fellBack;
  summary.ms = Math.round(performance.now() - started);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

const [command, ...rest] = process.argv.slice(2);
// Parsing, matching and tailoring all read the skills taxonomy.
if (command !== 'extract' && command !== 'board') await loadTaxonomy(readTaxonomyFile);
if (command === 'extract') extract(rest);
else if (command === 'board') {
  const print = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);
  process.exitCode = await boardCommand(rest, {
    out: print(process.stdout),
    err: (line) => print(process.stderr)(`jobsmith: ${line}`),
    fetch,
  });
} else if (command === 'parse-resume') await parseResumeCommand(rest);
else if (command === 'match') match(rest);
else if (command === 'tailor') await tailor(rest);
else fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE, 64);
